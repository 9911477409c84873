# A small Stack class exercising several methods.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items!r})"
s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s))  # expect: Stack(['a', 'b', 'c']) 3
print(s.pop(), s.pop(), len(s))  # expect: c b 1
s.pop()
try:
    s.pop()
except IndexError as e:
    print(e)  # expect: pop from empty stack
