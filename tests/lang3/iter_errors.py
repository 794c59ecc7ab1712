class NoIter:
    pass
things = [5, 1.5, None, NoIter(), len]
for t in things:
    try:
        iter(t)
    except TypeError as e:
        print(e)
for t in things[:2]:
    try:
        list(t)
    except TypeError as e:
        print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    next(NoIter())
except TypeError as e:
    print(e)
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("next failed")
try:
    for _ in BadNext():
        pass
except ValueError as e:
    print(e)
try:
    sorted(BadNext())
except ValueError as e:
    print(e)
try:
    1 in NoIter()
except TypeError as e:
    print(e)
try:
    x, = NoIter()
except TypeError as e:
    print(e)
try:
    tuple(3)
except TypeError as e:
    print(e)
try:
    enumerate(3)
except TypeError as e:
    print(e)
try:
    zip([1], 2)
except TypeError as e:
    print(e)
