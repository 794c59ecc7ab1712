# Case conversions.
for s in ["hello world", "Hello World", "HELLO", "hELLO wORLD", "", "123abc", "a-b_c d.e", "ÉCOLE ça", "ǅ x"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("they're bill's friends".title())
print("ß".upper(), "ß".lower(), "ß".casefold(), "İ".lower() == "i̇")
print("abc".upper().lower().capitalize())
