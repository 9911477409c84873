# break leaves the innermost loop, continue skips to the next iteration.
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
# expect: 0
# expect: 2
# expect: 4
# expect: 6
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
# expect: 1 0
# expect: 2 0
# expect: 2 1
