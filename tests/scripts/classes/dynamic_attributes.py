# Attributes can be added to instances and classes at run time.
class Empty:
    pass
e = Empty()
e.a = 1
setattr(e, "b", 2)
print(e.a + e.b)  # expect: 3
Empty.shared = "yes"
print(e.shared)  # expect: yes
def hello(self):
    return "hello from method"
Empty.hello = hello
print(e.hello())  # expect: hello from method
del e.a
print(hasattr(e, "a"), hasattr(e, "b"))  # expect: False True
