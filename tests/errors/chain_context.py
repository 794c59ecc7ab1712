# An exception raised while handling another: "During handling..." chain.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse " + repr(s))


parse("12x")
