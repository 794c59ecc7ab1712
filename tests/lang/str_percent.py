# printf-style % formatting.
print("%d %i %s %r %%" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%#X" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 255))
print("%10s|%-10s|%.2s|%5.1s|" % ("right", "left", "truncate", "xyz"))
print("%c%c%c" % (72, "i", 33), "%s" % None, "%s" % [1, 2], "%s" % (1,), "%s %s" % ("a", "b"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%(x)r" % {"x": "q"})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%d" % 3.99, "%d" % True, "%s" % True, "%x" % -255, "%d" % 2 ** 70)
print("no args" % (), "%s" % "only", "%%d" % ())
for fmt, arg in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%c", "ab"), ("%x", 1.5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%-6.2f|%6.0f|%e" % (2.5, 2.5, 12345.6789))
print("%s and %r" % ("é", "é"), "%5s|" % "€", "%a" % "é" if False else "")
