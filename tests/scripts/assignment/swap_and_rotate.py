# Right side is evaluated fully before assigning.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)  # expect: 3 1 2
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)  # expect: [3, 2, 1]
x = [0, 1]
i = 0
i, x[i] = 1, 5
print(x)  # expect: [0, 5]
