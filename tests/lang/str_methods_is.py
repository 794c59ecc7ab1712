# is* predicates.
tests = ["", "abc", "ABC", "Abc", "abc123", "123", "12.3", " ", " \t\n", "Hello World", "hello World",
         "_id", "id1", "1id", "é", "²", "٣", "a b", "Title Case Here", "x_Y"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
print("\x07".isprintable(), "def".isidentifier(), "None".isidentifier())
