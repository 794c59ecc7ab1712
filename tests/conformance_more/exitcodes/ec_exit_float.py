# sys.exit(2.5): a non-int code is printed to stderr, status 1.
import sys
sys.exit(2.5)
