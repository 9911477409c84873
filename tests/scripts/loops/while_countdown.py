# A counting while loop with compound condition.
n = 10
steps = 0
while n > 0 and steps < 100:
    n = n // 2 if n % 2 == 0 else n - 1
    steps += 1
    print(n)
# expect: 5
# expect: 4
# expect: 2
# expect: 1
# expect: 0
print("steps:", steps)  # expect: steps: 5
