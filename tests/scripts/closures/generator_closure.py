# A closure captured by a generator sees later updates.
def make():
    step = 1
    def gen(n):
        i = 0
        while i < n:
            yield i
            i += step
    def set_step(s):
        nonlocal step
        step = s
    return gen, set_step
gen, set_step = make()
print(list(gen(5)))  # expect: [0, 1, 2, 3, 4]
set_step(2)
print(list(gen(5)))  # expect: [0, 2, 4]
