# sys.exit deep inside functions, with finally blocks running on the way out.
import sys


def deep(n):
    try:
        if n == 0:
            sys.exit(4)
        deep(n - 1)
    finally:
        print("unwind", n)


deep(3)
