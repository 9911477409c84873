# Conditional expressions evaluate only the chosen branch.
x = 5
print("big" if x > 3 else "small")  # expect: big
print("big" if x > 10 else "small")  # expect: small
print(1 if True else 1 / 0)  # expect: 1
sign = "neg" if x < 0 else "zero" if x == 0 else "pos"
print(sign)  # expect: pos
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
# expect: ['even', 'odd', 'even', 'odd']
