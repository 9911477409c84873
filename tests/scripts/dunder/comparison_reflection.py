# Reflected comparisons: a > b tries b.__lt__(a) when a has no __gt__.
class Low:
    def __lt__(self, other):
        print("Low.__lt__")
        return True
class Plain:
    pass
print(Plain() > Low())
# expect: Low.__lt__
# expect: True
print(Low() < Plain())
# expect: Low.__lt__
# expect: True
try:
    Plain() < Plain()
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Plain' and 'Plain'
