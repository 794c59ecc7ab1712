# A bare raise re-raises with the original traceback plus the handler's frame.
def risky():
    return [][0]


def wrapper():
    try:
        risky()
    except IndexError:
        print("logging and re-raising")
        raise


wrapper()
