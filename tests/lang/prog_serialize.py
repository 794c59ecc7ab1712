# A small JSON-like serializer written in Python (recursion over containers).
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + "  " + dump(str(k)) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot serialize %s" % type(v).__name__)
doc = {"name": "gilpy", "version": [0, 1], "ok": True, "none": None, "ratio": 0.75,
       "nested": {"list": [1, "two", [3.5, {}]], "quote": 'say "hi"\n'}, "empty": []}
print(dump(doc))
try:
    dump({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
