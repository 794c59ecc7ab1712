# tests/gil/_api.py: the gil module's functions (run by scripts/check_gil.py).
import gil
import sys

print(gil.policy())
gil.setpolicy("io")
print(gil.policy())
gil.setpolicy("ticks:50")
print(gil.policy())
gil.setpolicy("cpython")
print(gil.policy())
try:
    gil.setpolicy("fast")
except ValueError as e:
    print("ValueError:", e)
try:
    gil.setpolicy(5)
except TypeError as e:
    print("TypeError:", e)
print(gil.holder() is not None, sorted(gil.stats()["total"]))
print(gil.trace_stop())
gil.trace_start(sys.argv[1])
x = 0
for i in range(1000):
    x += i
print(gil.trace_stop())
