# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend((2, 6))
a.extend("ab")
a.extend(range(2))
print(a, len(a))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
a.remove(1)
print(a, a.index(5), a.index(4), a.count(1), a.count("zz"), a.index(9, 2), a.index(4, -9, -1) if 4 in a else -1)
b = a.copy()
b.reverse()
print(b, a == b[::-1], a is not b)
b.clear()
print(b, len(b))
for call in ["pop_empty", "pop_range", "remove_missing", "index_missing", "insert_noarg"]:
    try:
        if call == "pop_empty":
            [].pop()
        elif call == "pop_range":
            [1].pop(5)
        elif call == "remove_missing":
            [1].remove(2)
        elif call == "index_missing":
            [1, 2].index(3)
        else:
            [].insert(1)
    except (IndexError, ValueError, TypeError) as e:
        print(call, type(e).__name__, e)
print(a.append(7), a.extend([]), a.reverse(), a.sort(key=str), a)
