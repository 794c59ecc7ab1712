# str.encode/bytes basics used by common scripts (utf-8 only).
s = "héllo €"
b = s.encode()
print(b, len(b), len(s), b.decode() == s, type(b).__name__)
print("abc".encode("utf-8"), b"abc".decode("ascii"), bytes([65, 66, 67]), list(b"AB"))
print(b"x" + b"y", b"ab" * 2, b"abc"[1], b"abc"[1:], b"a" in b"abc", b"abc" == b"abc")
print(len("😀".encode()), "😀".encode(), bytes(3), b"".decode() == "")
