# An exception in a finally block while another propagates.
def work():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
        raise TypeError("second")


work()
