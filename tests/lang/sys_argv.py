# args: one "two words" 3
# sys.argv holds the script name (as given) and the extra arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
print(type(sys.argv).__name__, [type(a).__name__ for a in sys.argv])
