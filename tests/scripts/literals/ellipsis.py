# The Ellipsis literal.
print(...)  # expect: Ellipsis
print(Ellipsis)  # expect: Ellipsis
print(... is Ellipsis)  # expect: True
print(type(...).__name__)  # expect: ellipsis
def stub():
    ...
print(stub())  # expect: None
x = [1, ..., 3]
print(x)  # expect: [1, Ellipsis, 3]
