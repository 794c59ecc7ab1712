# A plain invalid syntax error: nothing runs.
print("never")
x = = 1
