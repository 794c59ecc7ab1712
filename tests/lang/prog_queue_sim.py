# Simulation with lists as queue/stack and dict bookkeeping (deterministic LCG).
seed = 42
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n
queue = []
served = {}
t = 0
waits = []
for t in range(200):
    for _ in range(rnd(3)):
        queue.append((t, "c%d" % rnd(10)))
    if queue and rnd(4) != 0:
        arrived, who = queue.pop(0)
        waits.append(t - arrived)
        served[who] = served.get(who, 0) + 1
print(len(queue), len(waits), sum(waits), max(waits), sorted(served.items()))
stack = []
ops = []
for ch in "((a+b)*(c-d))/(e+(f*g))":
    if ch == "(":
        stack.append(len(ops))
    elif ch == ")":
        ops.append(stack.pop())
print(ops, stack)
