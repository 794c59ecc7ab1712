# A self-checking script: asserts over many small facts print nothing on success.
assert 7 // 2 == 3 and -7 // 2 == -4
assert "abc"[::-1] == "cba"
assert sorted([3, 1, 2]) == [1, 2, 3]
assert {1: 2}.get(3) is None
assert list(range(3)) == [0, 1, 2]
assert (1, 2) < (1, 3)
assert "%05.1f" % 3.14159 == "003.1"
assert f"{255:#x}" == "0xff"
assert int("-0b101", 0) == -5
assert round(2.5) == 2 and round(3.5) == 4
assert 2 ** 64 // 2 ** 32 == 2 ** 32
assert [1, 2] * 2 == [1, 2, 1, 2]
assert "a,b".split(",") == ["a", "b"]
assert max("abc") == "c"
assert isinstance(1 == 1, bool)
print("all asserts passed")
