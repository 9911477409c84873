# Several for clauses nest left to right.
print([(i, j) for i in range(3) for j in range(i)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([c + d for c in "ab" for d in "xy"])  # expect: ['ax', 'ay', 'bx', 'by']
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])  # expect: [1, 2, 3, 4, 5, 6]
print([[row[i] for row in matrix] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
# expect: [(3, 4, 5), (5, 12, 13), (6, 8, 10)]
