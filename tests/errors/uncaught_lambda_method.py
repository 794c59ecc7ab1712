# Traceback frames for lambdas and methods.
class Calc:
    def __init__(self):
        self.ops = {"div": lambda a, b: a // b}

    def run(self, op, a, b):
        return self.ops[op](a, b)


c = Calc()
print(c.run("div", 7, 2))
print(c.run("div", 7, 0))
