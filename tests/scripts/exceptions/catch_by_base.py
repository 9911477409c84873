# An except clause catches subclasses of its type.
def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "value":
        return int("x")
for kind in ["key", "index", "zero", "value"]:
    try:
        risky(kind)
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except Exception as e:
        print("Exception caught", type(e).__name__)
# expect: LookupError caught KeyError
# expect: LookupError caught IndexError
# expect: ArithmeticError caught ZeroDivisionError
# expect: Exception caught ValueError
