# Float arithmetic and math functions: a numeric integration and a Newton iteration.
import math


def main():
    total = 0.0
    n = 2_000_000
    h = 1.0 / n
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    pi = total * h
    s = 0.0
    for i in range(1, 700_000):
        s += math.sqrt(i) * math.sin(i * 0.001) + math.log(i)
    r = 2.0
    for _ in range(600_000):
        r = r - (r * r - 2.0) / (2.0 * r) + 1e-9
    print("float_math", round(pi, 6), round(s, 2), round(r, 6))


main()
