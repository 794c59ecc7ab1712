# Mutating dicts/sets while iterating raises RuntimeError; safe patterns via list().
d = {i: i * i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = -d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d.keys():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
