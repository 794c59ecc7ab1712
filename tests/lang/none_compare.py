# None in comparisons, sorting with None keys, default handling.
vals = [3, None, 1, None, 2]
print([v for v in vals if v is not None], vals.count(None), None in vals, vals.index(None))
print(sorted(vals, key=lambda v: (v is None, v if v is not None else 0)))
print(sorted([v for v in vals if v is not None], reverse=True))
try:
    sorted(vals)
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": None}
print(d.get("a", "dflt"), d.get("b", "dflt"), "a" in d, d["a"] is None)
def maybe(flag):
    if flag:
        return "value"
r = maybe(False)
print(r, r is None, r == None, type(r).__name__)
print(None == 0, None == False, None == "", None != [], [None] == [None])
