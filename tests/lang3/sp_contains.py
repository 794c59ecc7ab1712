class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly())
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())
class Nope:
    pass
try:
    1 in Nope()
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    [] in {}
except TypeError as e:
    print(e)
print("a" in "abc", 1 in {1: 2}, 2 in {1: 2}.values(), (1, 2) in [(1, 2)])
