# assert with and without message.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = [1, 2]
    assert len(x) == 3, f"len is {len(x)}"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
def check(v):
    assert isinstance(v, int), "not an int: %r" % (v,)
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
