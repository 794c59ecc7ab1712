# %-formatting with mapping keys, widths, and repeated keys.
data = {"name": "Widget", "price": 9.5, "qty": 3, "tags": ["a", "b"]}
print("%(name)s costs %(price).2f x %(qty)d = %(total)08.3f" % dict(data, total=data["price"] * data["qty"]))
print("%(name)-10s|%(name)10s|%(tags)s|%(qty)+d" % data)
print("%(x)s %(x)r %(x)s" % {"x": "rep"})
print("%%(name)s" % {}, "%s%%" % 50, "%.1f%%" % 12.345)
try:
    print("%(missing)s" % data)
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("%(name)s %s" % data)
except TypeError as e:
    print(type(e).__name__, e)
