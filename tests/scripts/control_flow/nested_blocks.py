# Nested control flow.
result = []
for i in range(4):
    if i % 2 == 0:
        for j in range(i):
            if j == 1:
                continue
            result.append((i, j))
    else:
        while len(result) < i:
            result.append(i)
print(result)  # expect: [1, (2, 0), 3]
