# string, operator, heapq, bisect, copy, keyword, types, io.StringIO.
import string
import operator
import heapq
import bisect
import copy
import keyword
import types
import io

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.capwords("hello big world"))

print(operator.add(2, 3), operator.sub(5, 1), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.neg(4), operator.not_(0), operator.eq(1, 1), operator.lt(1, 2), operator.contains([1], 1))
ig = operator.itemgetter(1)
ig2 = operator.itemgetter(0, 2)
print(ig([5, 6, 7]), ig2("abc"), ig, sorted([(1, "b"), (2, "a")], key=ig))
ag = operator.attrgetter("real")
print(ag(3), operator.attrgetter("__class__.__name__")(1), ag)
mc = operator.methodcaller("split", ",")
print(mc("a,b"), mc, operator.methodcaller("replace", "a", "b")("aaa"))
print(operator.getitem({"k": 1}, "k"), operator.index(5), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1))

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 3]
heapq.heapify(data)
print(data, heapq.nsmallest(2, [5, 2, 8, 1]), heapq.nlargest(2, [5, 2, 8, 1]), heapq.heappushpop(data, 0))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3])), heapq.heapreplace(data, 10), data)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 10, key=None))

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])


class Pt:
    def __init__(self, x, items):
        self.x = x
        self.items = items


p = Pt(1, [1, 2])
p2 = copy.deepcopy(p)
p3 = copy.copy(p)
p.items.append(3)
print(p2.x, p2.items, p3.items, type(p2).__name__)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])

print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), len(keyword.kwlist))

ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns, ns.a, types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.MethodType, types.BuiltinFunctionType)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), types.NoneType)

s = io.StringIO()
s.write("line1\n")
print("line2", file=s)
print(repr(s.getvalue()))
r = io.StringIO("a\nb\nc")
print(r.readline(), r.read(), repr(r.read()), r.tell())
r.seek(0)
print(list(r), r.readlines())
with io.StringIO("x") as z:
    print(z.read())
print(z.closed)
b = io.BytesIO(b"bytes")
print(b.read(2), b.read(), b.getvalue())
