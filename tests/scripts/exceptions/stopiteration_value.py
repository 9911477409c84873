# StopIteration carries a value; it is an ordinary exception when raised manually.
e = StopIteration(5)
print(e.value, e.args)  # expect: 5 (5,)
try:
    raise StopIteration("done")
except StopIteration as s:
    print(s.value)  # expect: done
print(StopIteration().value)  # expect: None
