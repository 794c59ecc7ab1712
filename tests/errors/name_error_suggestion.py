# NameError with CPython 3.11's "Did you mean" suggestion.
counter = 1
print(countr)
