# raise ... from sets __cause__; implicit chaining sets __context__.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as err:
    print(type(err.__cause__).__name__, err.__cause__)  # expect: KeyError 'missing'
    print(type(err.__context__).__name__, err.__suppress_context__)  # expect: KeyError True
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as err:
    print(err.__cause__, type(err.__context__).__name__)  # expect: None ZeroDivisionError
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as err:
    print(err.__cause__, err.__suppress_context__, type(err.__context__).__name__)
    # expect: None True ZeroDivisionError
