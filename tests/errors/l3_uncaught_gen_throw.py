def worker():
    while True:
        try:
            yield
        finally:
            print("cleanup")
w = worker()
next(w)
w.throw(KeyError("stop"))
