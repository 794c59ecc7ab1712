import time
FIRST = 1
for i in range(50):
    time.sleep(0.001)
LAST = 2
