print((7).__divmod__(2), (7).__rdivmod__(20), (-7).__divmod__(2), (7).__divmod__(2.0))
class M(int):
    def __floordiv__(self, o): return "custom"
print(divmod(M(7), 2), divmod(7, M(2)), divmod(M(7), 2.5), divmod(True, 2))
class D(int):
    def __divmod__(self, o): return ("D", super().__divmod__(o))
print(divmod(D(9), 4))
try: (1).__divmod__(0)
except ZeroDivisionError as e: print(e)
try: divmod(M(1), "x")
except TypeError as e: print(e)
