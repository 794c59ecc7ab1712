# print(file=...) with sys.stderr and sys.stdout objects passed around.
import sys
def log(msg, stream=sys.stderr):
    print("[log]", msg, file=stream)
log("to stderr")
log("to stdout", sys.stdout)
streams = [sys.stdout, sys.stderr]
for i, s in enumerate(streams):
    s.write("stream %d\n" % i)
print(sys.stdout is not sys.stderr, sys.stdin is not None)
