# Subclassing builtin types: list, dict, int, str, Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), s.pop(), s)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
d = DefaultDict()
d["a"] += 1
d["b"]
print(d, sorted(d))
class Meters(int):
    def __str__(self):
        return "%dm" % int(self)
m = Meters(5)
print(m, m + 1, m * 2, isinstance(m, int), repr(int(m)))
class Shout(str):
    def shout(self):
        return self.upper() + "!"
print(Shout("hi").shout(), Shout("a") + "b", len(Shout("abc")))
