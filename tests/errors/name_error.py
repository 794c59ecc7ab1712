# NameError for an undefined name with no similar name around.
def compute():
    return qqqzzz_value * 2


print("before")
compute()
