# An exception unwinding through many frames; finally blocks run in order.
order = []
def level(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        level(n - 1)
    finally:
        order.append(n)
try:
    level(50)
except RuntimeError as e:
    print(e, order[:5], order[-3:], len(order))
def catches_at(n, where):
    if n == where:
        try:
            return catches_at(n - 1, where)
        except ZeroDivisionError as e:
            return "caught at %d: %s" % (n, e)
    if n == 0:
        return 1 / 0
    return catches_at(n - 1, where)
print(catches_at(30, 10))
