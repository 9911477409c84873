# __setattr__ intercepts every attribute assignment.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.x = 1  # expect: set x 1
l.y = [2]  # expect: set y [2]
print(l.x, l.y)  # expect: 1 [2]
