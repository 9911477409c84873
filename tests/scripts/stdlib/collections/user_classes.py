# UserDict, UserList, UserString wrappers.
from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = LowerDict({"A": 1})
d["B"] = 2
d.update(C=3)
print(d, d["a"], "b" in d, len(d), d.get("zz", 0))  # expect: {'a': 1, 'b': 2, 'c': 3} 1 True 3 0

class Stack(UserList):
    def push(self, item):
        self.append(item)

s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s + [9], s[0:1], len(s))  # expect: [1, 2] 3 [1, 2, 9] [1] 2

u = UserString("hello")
print(u.upper(), u + "!", u[1:3], u.split("l"), len(u), "ell" in u, u == "hello")
# expect: HELLO hello! el ['he', '', 'o'] 5 True True
