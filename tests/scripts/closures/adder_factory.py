# Functions that build functions.
def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-1)(0))  # expect: 6 11 -1
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(add5, add10, lambda v: v * 2)(1))  # expect: 17
