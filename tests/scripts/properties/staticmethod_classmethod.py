# @staticmethod takes no implicit argument; @classmethod gets the class.
class Pizza:
    size_default = 30
    def __init__(self, size):
        self.size = size
    @staticmethod
    def area(d):
        return 3 * d * d // 4
    @classmethod
    def default(cls):
        return cls(cls.size_default)
class Mini(Pizza):
    size_default = 10
print(Pizza.area(4), Pizza(1).area(2))  # expect: 12 3
p = Pizza.default()
m = Mini.default()
print(type(p).__name__, p.size, type(m).__name__, m.size)  # expect: Pizza 30 Mini 10
