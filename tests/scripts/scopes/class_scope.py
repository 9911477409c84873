# Names in a class body become attributes; methods must use self or the class.
class C:
    a = 1
    b = a + 1
    def get(self):
        return self.a + C.b
print(C.a, C.b, C().get())  # expect: 1 2 3
y = 5
class D:
    y = y + 1
print(D.y, y)  # expect: 6 5
