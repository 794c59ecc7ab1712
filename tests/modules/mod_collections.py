# collections: deque (maxlen), namedtuple, defaultdict, OrderedDict, Counter, ChainMap.
from collections import deque, namedtuple, defaultdict, OrderedDict, Counter, ChainMap
d = deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.maxlen)
d2 = deque(range(50))
for i in range(45): d2.popleft()
print(d2, list(reversed(d2)), 47 in d2); d2.rotate(2); print(d2); d2.rotate(-1); print(d2)
e = deque(); e.extendleft([1, 2, 3]); print(e, e.pop(), e.popleft(), e)
try: deque().pop()
except IndexError as x: print(x)
P = namedtuple('Point', 'x y')
p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), P)
x, y = p; print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[9]); print(Q(1, 2), Q._field_defaults)
for bad in ['1x', 'class', '_a']:
    try: namedtuple('T', ['ok', bad])
    except ValueError as e: print(e)
try: P(1)
except TypeError as e: print(e)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory)
c = defaultdict(int); 
for ch in 'hello': c[ch] += 1
print(sorted(c.items()))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
ct = Counter('abracadabra'); print(ct, ct.most_common(2), ct['z'], ct.total())
ct.update('aaz'); print(ct.most_common(3)); ct.subtract({'a': 10}); print(ct)
print(Counter('aab') + Counter('bcc'), Counter('aab') - Counter('b'), Counter('ab') | Counter('bb'), Counter('aab') & Counter('ab'), Counter())
print(sorted(Counter('xyzx').elements()))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm))
