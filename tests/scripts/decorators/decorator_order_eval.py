# Decorator expressions are evaluated top-down, applied bottom-up.
def make(name):
    print("evaluate", name)
    def d(fn):
        print("apply", name)
        return fn
    return d
@make("first")
@make("second")
def f():
    return "f"
# expect: evaluate first
# expect: evaluate second
# expect: apply second
# expect: apply first
print(f())  # expect: f
