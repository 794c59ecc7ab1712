try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
assert True, "never"
x = 0
def side():
    global x
    x += 1
    return "msg"
assert 1, side()
print(x)
try:
    assert 0, side()
except AssertionError as e:
    print(e, x)
