log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(i)
    finally:
        log.append("f%d" % i)
print(log)
def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "after loop " + str(i)
print(break_swallows())
def continue_swallows():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_swallows())
i = 0
while True:
    try:
        i += 1
        if i < 3:
            continue
        break
    finally:
        print("while finally", i)
print("i =", i)
def nested_loops():
    out = []
    for a in range(2):
        for b in range(3):
            try:
                if b == 1:
                    break
                out.append((a, b))
            finally:
                out.append("fin")
    return out
print(nested_loops())
for x in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        print("else", x)
        continue
    finally:
        print("finally", x)
