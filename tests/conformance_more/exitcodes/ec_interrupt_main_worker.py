# _thread.interrupt_main() from a worker while main keeps running bytecode:
# an uncaught KeyboardInterrupt in main, status 130.
import _thread, threading, time
def w():
    _thread.interrupt_main()
threading.Thread(target=w).start()
while True:
    time.sleep(0.01)
