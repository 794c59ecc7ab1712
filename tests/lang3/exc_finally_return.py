def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order(log):
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order([]))
def value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_evaluated_first())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def except_return():
    try:
        raise KeyError
    except KeyError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gf = gen_finally()
for v in gf:
    print(v)
    break
gf.close()
print("done")
