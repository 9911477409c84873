# A Matrix class: operators, transposition, determinant by cofactors, identity, errors.


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{v:g}") for row in self.rows for v in row)
        return "\n".join("[" + " ".join(f"{v:>{width}g}" for v in row) + "]" for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * v for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = other.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def minor(self, i, j):
        return Matrix([row[:j] + row[j + 1:] for k, row in enumerate(self.rows) if k != i])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).determinant() for j in range(n))


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
# expect: [1 3]
# expect: [4 4]
print(a @ b)
# expect: [2 1]
# expect: [4 3]
print(2 * a == a + a, a.transpose(), sep="\n")
# expect: True
# expect: [1 3]
# expect: [2 4]
m = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print("det:", m.determinant(), "det(I4):", Matrix.identity(4).determinant())
# expect: det: 49 det(I4): 1
print(m @ Matrix.identity(3) == m, (m * 0.5).rows[0])  # expect: True [1.0, -1.5, 0.5]
rotation = Matrix([[0, -1], [1, 0]])
point = Matrix([[3], [1]])
for _ in range(4):
    point = rotation @ point
    print(point.transpose().rows[0], end=" ")
print()  # expect: [-1, 3] [-3, -1] [1, -3] [3, 1] 
for bad in [lambda: a + m, lambda: a @ m, lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2, 3]]).determinant()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: cannot add (2, 2) and (3, 3)
# expect: ValueError: cannot multiply (2, 2) by (3, 3)
# expect: ValueError: rows must be non-empty and of equal length
# expect: ValueError: determinant needs a square matrix
print(repr(Matrix([[1.5, 2], [0, -1]])))  # expect: Matrix([[1.5, 2], [0, -1]])
