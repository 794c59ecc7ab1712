import dis
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def text(self):
        return "".join(self.parts)
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self):
        self.n += 1
    @staticmethod
    def helper(x):
        return x
    label = "not code"
def gen():
    yield 1
wanted = ("LOAD_FAST", "BINARY_OP", "STORE_ATTR", "RETURN_VALUE", "YIELD_VALUE")
for target in (Counter.incr, Counter().incr, gen, lambda y: y + 1):
    cap = Capture()
    dis.dis(target, file=cap)
    ops = [w for w in cap.text().split() if w in wanted]
    print(sorted(set(ops)))
cap = Capture()
dis.dis(Counter, file=cap)
print([line for line in cap.text().splitlines() if line.startswith("Disassembly of")
       and "<" not in line])
try:
    dis.dis(5)
except TypeError as e:
    print(e)
