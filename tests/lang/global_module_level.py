# Module-level state shared between functions; globals() lookups.
CONFIG = {"debug": False, "level": 1}
items = []
def add_item(x):
    items.append(x)
def set_level(n):
    CONFIG["level"] = n
def bump():
    global counter
    try:
        counter += 1
    except NameError:
        counter = 1
for i in range(3):
    add_item(i * i)
    bump()
set_level(5)
print(items, CONFIG, counter)
print("CONFIG" in globals(), "nope" in globals(), globals()["counter"])
def reads_late():
    return LATE
LATE = "defined after the function"
print(reads_late())
