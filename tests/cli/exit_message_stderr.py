# sys.exit with a non-int prints it to stderr and exits with 1.
import sys
print("stdout first")
sys.exit(["a", "list", 3])
