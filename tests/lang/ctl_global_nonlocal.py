# global and nonlocal declarations.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc()
inc()
print(counter)
def set_new():
    global brand_new
    brand_new = "created"
set_new()
print(brand_new)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make()
add(5)
add(7)
print(get())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_global():
    return counter * 2
print(read_global())
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1
unbound()
def three_levels():
    a = 0
    def mid():
        def inner():
            nonlocal a
            a += 1
        inner()
        inner()
    mid()
    return a
print(three_levels())
