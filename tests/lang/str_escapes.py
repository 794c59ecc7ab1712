# String literal escapes and raw strings.
print("tab:\t|", "nl:\\n", "quote:\"", 'apos:\'', "back:\\")
print("\x41\x42\u0043\U00000044\101\0end".replace("\0", "<NUL>"))
print(len("\n"), len(r"\n"), r"C:\path\to", r"\d+\s*", len("\x00"))
print("a\
b")
print("""triple "quoted"
string with 'both'""")
print('''single triple''', "adjacent" "literals" 'joined')
print("\N{GREEK SMALL LETTER ALPHA}" if False else "\u03b1", "\u20ac", "\U0001F600" == "\U0001f600")
print(repr("\a\b\f\v\r\t\n\x7f\x80\xff"))
print(ord("\n"), ord("\t"), ord("\\"), ord("\x1b"), ord("\777" if False else "\77"))
x = "multi" \
    "line"
print(x)
