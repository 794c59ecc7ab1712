print("never")
total = (1 + 2
