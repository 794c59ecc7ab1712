# strip/lstrip/rstrip, removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "aaa".strip("a") == "")
print(repr("".strip()), repr("   ".strip()), "hi".strip(""), "hi".strip(None))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "body.py".removesuffix(".py"), "a".removesuffix(""))
print(repr("\u3000wide\u3000".strip()), repr("\xa0nbsp\xa0".strip()))
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
