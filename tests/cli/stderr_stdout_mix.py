# stdout and stderr are separate streams; both are compared.
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2\n")
sys.stdout.write("out 2\n")
print("a", "b", sep="-", file=sys.stderr, end="!\n")
print("out 3", flush=True)
sys.stderr.flush()
