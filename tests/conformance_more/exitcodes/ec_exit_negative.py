# sys.exit(-1) shows as 255.
import sys
sys.exit(-1)
