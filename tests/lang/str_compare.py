# str comparisons, ordering, equality, hashing consistency.
print("a" < "b", "a" < "ab", "ab" < "b", "" < "a", "A" < "a", "Z" < "a", "abc" == "abc", "abc" != "abd")
print("apple" > "app", "app" >= "app", "b" <= "a", "10" < "9", "é" > "e")
print(sorted(["banana", "Apple", "cherry", "apple", "", "Banana", "b"]))
print(max("hello"), min("hello"), max(["aa", "b", "ab"]), min("zebra", "apple"))
a = "hel" + "lo"
b = "hello"
print(a == b, hash(a) == hash(b), a is not None)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" > None
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "" == None, [] == "")
print("abc" < "abd" < "abe", "a" * 3 == "aaa")
