# stdin is /dev/null by default: input() raises EOFError, read() returns ''.
import sys
print(repr(sys.stdin.read()))
try:
    input("ask: ")
except EOFError as e:
    print("EOFError:", e)
