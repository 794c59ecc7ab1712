import time
time.sleep(0.05)
import _dx
Y = 1
