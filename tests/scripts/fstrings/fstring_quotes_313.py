# Since 3.12 f-strings may reuse the same quotes and contain backslashes.
names = ["x", "y"]
print(f"{", ".join(names)}")
print(f"{'\n'.join(names)}")
print(f"{"q"}")
d = {"k": 5}
print(f"{d["k"]}")
# expect: x, y
# expect: x
# expect: y
# expect: q
# expect: 5
