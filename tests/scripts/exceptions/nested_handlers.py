# Exceptions propagate out of functions to the nearest handler.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("wrong handler")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
try:
    level1()  # expect: level1 finally
except KeyError as e:
    print("caught", repr(e))  # expect: caught KeyError('deep')
