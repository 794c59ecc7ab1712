# print(): sep, end, file=sys.stdout, flush, no args, odd objects.
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print("a", "b", sep=None, end=None)
print(file=sys.stdout)
print("to stdout", file=sys.stdout, flush=True)
print(*[1, 2, 3], sep="-")
print(*"abc")
print("", "", sep="x")
print(None, True, 1.0, [None], (), {}, set(), "é")
sys.stdout.write("written\n")
print(sys.stdout.write("abc"))
try:
    print(1, sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, foo=2)
except TypeError as e:
    print(type(e).__name__, e)
