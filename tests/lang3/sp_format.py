class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$" + str(self.v)
        if spec == "cents":
            return str(self.v * 100) + "c"
        return "$" + format(self.v, spec)
m = Money(3)
print(format(m), format(m, "cents"), format(m, ">6"))
print(f"{m}|{m:cents}|{m:05d}")
print("{}|{:cents}".format(m, m))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(e)
class IntLike(int):
    pass
print(format(IntLike(255), "x"), f"{IntLike(7):03}")
