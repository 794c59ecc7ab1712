# KeyError and IndexError tracebacks with subscript carets.
config = {"host": "localhost", "port": 8080}


def lookup(d, key):
    return d[key]


print(lookup(config, "host"))
print(lookup(config, "user"))
