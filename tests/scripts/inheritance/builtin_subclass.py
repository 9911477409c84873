# Subclassing built-in types.
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list))  # expect: [1, 2, 3, 4] 10 4 True
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hi").shout(), Upper("x") + "y")  # expect: HI! xy
class MyDict(dict):
    pass
d = MyDict(a=1)
print(d["a"], type(d).__name__)  # expect: 1 MyDict
