print("never")
s = "abc
print(s)
