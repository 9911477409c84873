# CPython's exact messages for common errors.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: 1 / 0)  # expect: ZeroDivisionError: division by zero
show(lambda: 1 // 0)  # expect: ZeroDivisionError: integer division or modulo by zero
show(lambda: 1 % 0)  # expect: ZeroDivisionError: integer modulo by zero
show(lambda: 1.0 / 0)  # expect: ZeroDivisionError: float division by zero
five = 5
show(lambda: five[0])  # expect: TypeError: 'int' object is not subscriptable
show(lambda: 1 + "a")  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
show(lambda: "a" + 1)  # expect: TypeError: can only concatenate str (not "int") to str
show(lambda: "a" * "b")  # expect: TypeError: can't multiply sequence by non-int of type 'str'
show(lambda: -"a")  # expect: TypeError: bad operand type for unary -: 'str'
show(lambda: undefined_name)  # expect: NameError: name 'undefined_name' is not defined
show(lambda: [1][5])  # expect: IndexError: list index out of range
show(lambda: {"a": 1}["k"])  # expect: KeyError: 'k'
show(lambda: int("x"))  # expect: ValueError: invalid literal for int() with base 10: 'x'
show(lambda: int("12.5"))  # expect: ValueError: invalid literal for int() with base 10: '12.5'
show(lambda: float("abc"))  # expect: ValueError: could not convert string to float: 'abc'
nothing = None
show(lambda: nothing())  # expect: TypeError: 'NoneType' object is not callable
show(lambda: len(3))  # expect: TypeError: object of type 'int' has no len()
show(lambda: [].remove(1))  # expect: ValueError: list.remove(x): x not in list
show(lambda: [1, 2].index(5))  # expect: ValueError: 5 is not in list
show(lambda: (1, 2).x)  # expect: AttributeError: 'tuple' object has no attribute 'x'
show(lambda: int([]))
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
show(lambda: 2 ** -1 % 0)  # expect: ZeroDivisionError: float modulo by zero
