# Augmented assignment to subscripts and attributes; lists mutate in place.
d = {"n": 1}
d["n"] += 10
print(d)  # expect: {'n': 11}
class C:
    pass
c = C()
c.count = 0
c.count += 2
print(c.count)  # expect: 2
lst = [1]
alias = lst
lst += [2]
print(alias)  # expect: [1, 2]
t = (1,)
t2 = t
t += (2,)
print(t, t2)  # expect: (1, 2) (1,)
grid = [[1, 2], [3, 4]]
grid[1][0] *= 10
print(grid)  # expect: [[1, 2], [30, 4]]
