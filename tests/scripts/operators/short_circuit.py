# and/or return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)  # expect: 2 0 1 2
print("" or "default", "value" or "default")  # expect: default value
print(None and 1, [] or {}, [0] and "x")  # expect: None {} x
def side(v):
    print("called", v)
    return v
print(side(0) and side(1))
# expect: called 0
# expect: 0
print(side(1) or side(2))
# expect: called 1
# expect: 1
print(side(1) and side(0) or side(3))
# expect: called 1
# expect: called 0
# expect: called 3
# expect: 3
print(not 0, not 1, not "", not [1], not None)  # expect: True False True False True
