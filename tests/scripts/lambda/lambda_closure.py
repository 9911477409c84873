# Lambdas close over variables like def.
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))  # expect: 10 15
funcs = {op: (lambda a, b, op=op: eval_op(op, a, b)) for op in "+-"}
def eval_op(op, a, b):
    return a + b if op == "+" else a - b
print(funcs["+"](2, 3), funcs["-"](2, 3))  # expect: 5 -1
