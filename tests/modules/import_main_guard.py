# __name__ == "__main__" in the script, not in imported modules.
import _helper

if __name__ == "__main__":
    print("script runs as __main__")
print(_helper.__name__)
