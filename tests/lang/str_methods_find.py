# find/rfind/index/rindex/count/startswith/endswith/in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"), s.rfind("o", 0, 20))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("o", -10), s.find("o", 5, 10), s.find("q", -100))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 20, 30))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".count(""), "abc".count("", 1))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("lazy", 0, -4))
print(s.startswith(""), s.endswith(("x", "y")), "abc".startswith("abcd"), "abc".endswith("c", 5))
print("fox" in s, "cat" in s, "" in s, "dog" not in s, "T" in s)
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
u = "naïve café naïve"
print(u.find("café"), u.rfind("naïve"), u.count("ï"), u.index("é"))
