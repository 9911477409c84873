# A deleted local is unbound again.
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())  # expect: cannot access local variable 'v' where it is not associated with a value
