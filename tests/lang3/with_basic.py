class Resource:
    def __init__(self):
        self.state = "new"
    def __enter__(self):
        self.state = "open"
        return self
    def __exit__(self, *exc):
        self.state = "closed"
r = Resource()
with r as got:
    print(got is r, r.state)
print(r.state)
class Returns:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        pass
with Returns() as v:
    print(v)
with Returns():
    print("no as")
def gen_body():
    with Resource() as res:
        yield res.state
    yield res.state
print(list(gen_body()))
def lock_like():
    order = []
    class L:
        def __enter__(self):
            order.append("acquire")
        def __exit__(self, *a):
            order.append("release")
    lock = L()
    for i in range(2):
        with lock:
            order.append(i)
    return order
print(lock_like())
