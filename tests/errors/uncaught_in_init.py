# Traceback through a class constructor and a method.
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.check()

    def check(self):
        if self.balance < 0:
            raise ValueError("negative balance: %d" % self.balance)


ok = Account(10)
print(ok.balance)
bad = Account(-5)
