# Properties are computed on each access.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        print("computing")
        return self.w * self.h
r = Rect(2, 3)
print(r.area)
# expect: computing
# expect: 6
r.w = 10
print(r.area)
# expect: computing
# expect: 30
print(type(Rect.area).__name__)  # expect: property
