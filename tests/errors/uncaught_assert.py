# Uncaught AssertionError with a message.
def check(n):
    assert n > 0, "n must be positive, got %d" % n
    return n


check(5)
check(-2)
