# break/continue/return passing through try/finally.
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f())
def g():
    try:
        return "from try"
    finally:
        print("g finally")
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def k():
    x = 0
    while True:
        try:
            x += 1
            if x == 3:
                return x
        finally:
            print("k finally", x)
print(k())
def m():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print("inner", i)
        finally:
            print("outer", i)
m()
