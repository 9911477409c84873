# finally runs and the exception keeps propagating; a new exception replaces it.
def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
try:
    f()  # expect: cleanup
except ValueError as e:
    print("got", e)  # expect: got first
def g():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))  # expect: KeyError('replacement') ValueError('original')
