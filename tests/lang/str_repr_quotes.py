# repr() quoting rules of str.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "\n", "\\", "tab\there", "\x00\x1f\x7f",
          "é", "\u200b", "\ud800" if False else "\u00a0", "\U0001F600", "\x80\x9f\xa0\xad", "'", '"', "'\""]:
    print(repr(s))
print(["a'b", 'c"d', "e"], ("x",), {"k'": "v\n"})
print(str("x'y"), "%r" % "q'", "%s" % "q'", f"{'it s'!r}")
