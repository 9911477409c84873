# An assignment expression in a comprehension binds in the enclosing scope.
vals = [1, 4, 9, 16]
roots = [r for v in vals if (r := int(v ** 0.5)) % 2 == 0]
print(roots, r)  # expect: [2, 4] 4
total = 0
running = [total := total + v for v in vals]
print(running, total)  # expect: [1, 5, 14, 30] 30
