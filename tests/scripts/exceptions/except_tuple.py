# except with a tuple of types; first matching clause wins.
for v in [0, "a", None]:
    try:
        10 / v
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
# expect: ZeroDivisionError division by zero
# expect: TypeError unsupported operand type(s) for /: 'int' and 'str'
# expect: TypeError unsupported operand type(s) for /: 'int' and 'NoneType'
try:
    [][1]
except (KeyError, IndexError):
    print("either")  # expect: either
except IndexError:
    print("never")
