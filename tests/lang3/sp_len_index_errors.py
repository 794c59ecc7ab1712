class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
class IntSubLen:
    def __len__(self):
        class MyInt(int):
            pass
        return MyInt(4)
print(len(IntSubLen()))
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(e)
try:
    s = "abc"
    s[1.0]
except TypeError as e:
    print(e)
try:
    t = (1, 2)
    t["a"]
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
