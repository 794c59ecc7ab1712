def numbers():
    yield 1
    yield 1 / 0
def consume():
    return [n for n in numbers()]
consume()
