# + and * on lists and tuples.
print([1, 2] + [3], (1,) + (2, 3))  # expect: [1, 2, 3] (1, 2, 3)
print([0] * 3, (1, 2) * 2, 2 * [None])  # expect: [0, 0, 0] (1, 2, 1, 2) [None, None]
print([] * 100, [1, 2] * 0, [1] * -1)  # expect: [] [] []
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)  # expect: [[9, 0], [9, 0]]
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)  # expect: [1, 2, 3, 1, 2, 3]
