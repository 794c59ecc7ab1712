# sys.exit with a non-int, non-None object prints str(obj) on stderr, status 1.
import sys
sys.exit([1, "two"])
