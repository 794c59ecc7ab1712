# and/or return operand values; not returns bool; short-circuit side effects.
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), log)
log.clear()
print(t(2) and t(3), log)
log.clear()
print(t("") or t("x") or t("y"), log)
log.clear()
print(t(None) or t(0) or t([]), log)
log.clear()
print(not t(5), not t(0), log)
x = [] or {} or "default"
y = 0 and 1 / 0
print(x, y)
print((1 and [2]) or 3, 0 or (0 and 1), "a" and "b" and "c", "" or None)
