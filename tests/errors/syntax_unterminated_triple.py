print("never")
s = """abc
def
