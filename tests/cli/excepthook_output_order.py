# Buffered stdout is flushed before the traceback is printed on stderr.
import sys
for i in range(3):
    print("line", i)
sys.stdout.write("no newline at the end")
raise RuntimeError("boom")
