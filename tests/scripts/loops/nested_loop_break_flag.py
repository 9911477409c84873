# Breaking out of nested loops with a flag and with for-else.
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found)  # expect: (2, 3)
