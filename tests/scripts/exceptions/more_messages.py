# More exact messages.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "abc".index("z"))  # expect: ValueError: substring not found
show(lambda: {}.pop("k"))  # expect: KeyError: 'k'
show(lambda: set().remove(3))  # expect: KeyError: 3
show(lambda: chr(-1))  # expect: ValueError: chr() arg not in range(0x110000)
text = "x"
show(lambda: text[1.5])  # expect: TypeError: string indices must be integers, not 'float'
show(lambda: [1, 2, 3][1:2:0])  # expect: ValueError: slice step cannot be zero
show(lambda: iter(5))  # expect: TypeError: 'int' object is not iterable
show(lambda: [1].pop(5))  # expect: IndexError: pop index out of range
show(lambda: divmod(1, 0))  # expect: ZeroDivisionError: integer division or modulo by zero
show(lambda: pow(0, -1))  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
show(lambda: 10 ** 400 * 1.0)  # expect: OverflowError: int too large to convert to float
show(lambda: "{}".format())
# expect: IndexError: Replacement index 0 out of range for positional args tuple
show(lambda: sorted([1, None]))
# expect: TypeError: '<' not supported between instances of 'NoneType' and 'int'
show(lambda: dict([1]))
# expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
show(lambda: object().x)  # expect: AttributeError: 'object' object has no attribute 'x'
show(lambda: int("9" * 5, 2))  # expect: ValueError: invalid literal for int() with base 2: '99999'
show(lambda: range(0, 10, 0))  # expect: ValueError: range() arg 3 must not be zero
show(lambda: (lambda a: a)(1, 2, 3))
# expect: TypeError: <lambda>.<locals>.<lambda>() takes 1 positional argument but 3 were given
