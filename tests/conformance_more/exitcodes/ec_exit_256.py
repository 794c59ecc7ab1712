# The status is truncated to 8 bits by the OS: sys.exit(256 + 7) gives 7.
import sys
sys.exit(263)
