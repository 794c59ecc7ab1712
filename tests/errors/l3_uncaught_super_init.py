class Base:
    def __init__(self, a, b):
        self.a = a
class Child(Base):
    def __init__(self):
        super().__init__(1)
Child()
