import time
time.sleep(0.05)
import _dy
X = 1
