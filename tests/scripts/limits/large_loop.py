# A loop of a million iterations fits the default budget.
total = 0
for i in range(1000000):
    total += i
print(total)  # expect: 499999500000
