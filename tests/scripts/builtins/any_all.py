# any and all short-circuit.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))  # expect: False True False True
def check(v):
    print("check", v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]))
# expect: check 1
# expect: check 3
# expect: True
print(all(check(v) for v in [3, 1, 5]))
# expect: check 3
# expect: check 1
# expect: False
