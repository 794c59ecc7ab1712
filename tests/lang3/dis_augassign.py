import dis
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
def f(x):
    x += 1
    return x
cap = Capture()
old = sys.stdout
sys.stdout = cap
try:
    dis.dis(f)
finally:
    sys.stdout = old
text = "".join(cap.parts)
wanted = ("LOAD_FAST", "BINARY_OP", "STORE_FAST")
ops = [w for w in text.split() if w in wanted]
print(ops)
print(ops.index("BINARY_OP") > ops.index("LOAD_FAST"))
print(callable(dis.dis))
