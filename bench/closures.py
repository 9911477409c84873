# Closures: creating and calling nested functions, nonlocal counters, higher-order calls.
def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def main():
    counter = make_counter()
    total = 0
    for i in range(1_200_000):
        add = make_adder(i & 15)
        twice = compose(add, add)
        total = (total + twice(i) + counter(1)) % 1_000_000_007
    print("closures", total)


main()
