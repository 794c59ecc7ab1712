# sys.exit(2**40 + 5): only the low 32 bits of the C long count, then the OS
# keeps 8 bits: status 5.
import sys
sys.exit(2**40 + 5)
