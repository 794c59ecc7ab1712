# An exception whose __str__ itself raises.
class Weird(Exception):
    def __str__(self):
        raise ValueError("str failed")


raise Weird()
