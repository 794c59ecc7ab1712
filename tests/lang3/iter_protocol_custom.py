class LinkedList:
    class Node:
        def __init__(self, val, nxt=None):
            self.val = val
            self.next = nxt
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = LinkedList.Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __contains__(self, v):
        print("custom contains")
        return any(x == v for x in self)
    def __reversed__(self):
        return iter(list(self)[::-1])
ll = LinkedList(3, 1, 2)
print(list(ll), len(ll), 2 in ll, sorted(ll), sum(ll), max(ll))
print(list(reversed(ll)), tuple(ll), list(enumerate(ll)))
a, *b = ll
print(a, b)
print(dict.fromkeys(ll), set(ll) == {1, 2, 3}, "-".join(map(str, ll)))
it = iter(ll)
print(next(it), next(it), next(it), next(it, None))
print(list(zip(ll, ll)), [x * 2 for x in ll], any(x > 2 for x in ll))
print(min(ll, key=lambda x: -x), list(filter(lambda x: x > 1, ll)))
