# __name__ is "__main__" in the main script; module-level code order.
print(__name__)
def main():
    print("main called")
    return 0
if __name__ == "__main__":
    main()
print(type(__builtins__).__name__ in ("module", "dict"))
x = 1
def show():
    return x
x = 2
print(show())
