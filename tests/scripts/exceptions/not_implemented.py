# NotImplementedError for abstract-style methods; NotImplemented is a value.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)  # expect: NotImplementedError subclasses must implement area
print(NotImplemented, type(NotImplemented).__name__)  # expect: NotImplemented NotImplementedType
print((1).__add__("x"))  # expect: NotImplemented
