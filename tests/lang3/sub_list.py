class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__)
print(s + [5], type(s + [5]).__name__, isinstance(s, list))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
l = Logged([1, 2])
l.append(3)
print(l[0], list(l), len(l))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
i = Init(4)
print(i, i.n, sum(i), sorted(i, reverse=True))
i.sort(reverse=True)
print(i)
print(Stack([3, 1]) == [3, 1], [3, 1] == Stack([3, 1]))
class Attr(list):
    pass
a = Attr()
a.extra = "extra"
a.extend("ab")
print(a, a.extra, a[::-1], type(a[::-1]).__name__)
x, y = a
print(x, y)
print(list(Stack([1, 2, 3])))
