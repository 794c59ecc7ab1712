# sys.exit(2**70) does not fit a C long: status 255 (-1).
import sys
sys.exit(2**70)
