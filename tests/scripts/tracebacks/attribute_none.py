# An attribute error has plain ^ carets under the attribute access.
class A:
    b = None
a = A()
print(a.b.c)
# expect error: AttributeError: 'NoneType' object has no attribute 'c'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/attribute_none.py", line 5, in <module>
# expect stderr:     print(a.b.c)
# expect stderr:           ^^^^^
# expect stderr: AttributeError: 'NoneType' object has no attribute 'c'
