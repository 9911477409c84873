# Dispatch via a dict of functions instead of long if chains.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub}
for op in ["+", "-", "+"]:
    print(op, ops[op](10, 3))
# expect: + 13
# expect: - 7
# expect: + 13
print(ops.get("*", lambda a, b: None)(1, 2))  # expect: None
