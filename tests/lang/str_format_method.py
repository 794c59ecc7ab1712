# str.format with positional, keyword, indexed and attribute fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=7), "{0[1]} {0[0]}".format(["p", "q"]), "{d[key]}".format(d={"key": "v"}))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:X} {:#b} {:o} {:,} {:_}".format(1, 2, 3, 4, 255, 255, 5, 8, 1234567, 7654321))
print("{:.3f} {:10.2e} {:g} {:%} {:.1%}".format(3.14159, 1234.5, 0.00001, 0.25, 0.123))
print("{!r} {!s} {!r:>6}".format("q", "q", "z"), "{{literal}} {}".format(1), "{:}".format(5))
print("{0:{1}}|".format("w", 5), "{:{}{}}".format(3.14159, ".", "2f") if False else "{:{}}".format(3.14159, ".2f"))
print("{:c}".format(65), "{:s}".format("s"), "{:10}|{:<10}|".format(5, "a"), "{:=+8d}".format(42))
print("{0}{0}{0}".format("ab"), "".format(), "{}".format(None), "{}".format([1, "2"]))
for fmt, args, kwargs in [("{}{}", (1,), {}), ("{x}", (), {}), ("{0:d}", ("s",), {}), ("{", (), {}), ("}", (), {}),
                          ("{:q}", (1,), {}), ("{0}{}", (1, 2), {}), ("{:,d}", (1.5,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(format(42), format(42, "b"), format("s", ">3"), format(None), format([1]), format(-7, "x"))
