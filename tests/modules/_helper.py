"""A helper module imported by the import tests."""
print("_helper: running body, __name__ =", __name__)

VALUE = 42
_private = "hidden"


def greet(who):
    return "hello " + who


class Thing:
    def __repr__(self):
        return "Thing()"


if __name__ == "__main__":
    print("never printed when imported")
