# An uncaught queue.Empty ends the program with status 1 (traceback on stderr).
import queue
q = queue.Queue()
print("before")
q.get(timeout=0.01)
print("not reached")
