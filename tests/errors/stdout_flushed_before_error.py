# Output printed before the error (without newline) still reaches stdout.
import sys
print("line 1")
print("partial", end="")
sys.stdout.write(" more")
raise IndexError("after output")
