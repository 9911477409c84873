# Chained assignment binds every target to the same object.
a = b = c = []
a.append(1)
print(a, b, c, a is c)  # expect: [1] [1] [1] True
x = y = 5
x += 1
print(x, y)  # expect: 6 5
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)  # expect: 1 [0, 9, 0]
