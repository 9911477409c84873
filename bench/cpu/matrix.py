# Matrix multiplication on nested lists, with a transpose.
def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matmul_loops(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        ai = a[i]
        oi = out[i]
        for k in range(m):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                oi[j] += aik * bk[j]
    return out


def main():
    n = 60
    a = [[(i * j) % 7 + 1 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 - 1 for j in range(n)] for i in range(n)]
    c = matmul(a, b)
    for _ in range(48):
        c = matmul_loops(a, b)
    print("matrix", sum(map(sum, c)))


main()
