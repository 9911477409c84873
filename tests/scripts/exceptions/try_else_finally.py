# else runs when no exception; finally always runs.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        return "failed"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally")
print(attempt(2))
# expect: else 5
# expect: finally
# expect: ok
print(attempt(0))
# expect: except
# expect: finally
# expect: failed
