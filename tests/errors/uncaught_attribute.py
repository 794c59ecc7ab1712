# AttributeError from a method call on the wrong type.
def shout(text):
    return text.uper() + "!"


print(shout("hello"))
