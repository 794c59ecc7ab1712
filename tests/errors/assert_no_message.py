# assert without a message: CPython shows no carets here.
def check(x):
    assert x


check(1)
check(0)
