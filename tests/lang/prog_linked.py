# Linked list and binary search tree built from classes.
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
def from_list(xs):
    head = None
    for x in reversed(xs):
        head = Node(x, head)
    return head
def to_list(h):
    out = []
    while h:
        out.append(h.val)
        h = h.next
    return out
def reverse(h):
    prev = None
    while h:
        h.next, prev, h = prev, h, h.next
    return prev
l = from_list([1, 2, 3, 4, 5])
print(to_list(l), to_list(reverse(from_list([1, 2, 3]))), to_list(None))
class Tree:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
        while True:
            i = 1 if k < n[0] else 2
            if n[i] is None:
                n[i] = [k, None, None]
                return
            n = n[i]
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1])
                out.append(n[0])
                walk(n[2])
        walk(self.root)
        return out
    def height(self, n="root"):
        if n == "root":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height())
