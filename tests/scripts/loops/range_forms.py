# range with start, stop and step, including negative steps.
print(list(range(5)))  # expect: [0, 1, 2, 3, 4]
print(list(range(2, 8)))  # expect: [2, 3, 4, 5, 6, 7]
print(list(range(0, 10, 3)))  # expect: [0, 3, 6, 9]
print(list(range(10, 0, -3)))  # expect: [10, 7, 4, 1]
print(list(range(5, 5)), list(range(5, 0)))  # expect: [] []
r = range(1, 20, 4)
print(len(r), r[2], r[-1], 13 in r, 14 in r)  # expect: 5 9 17 True False
print(r)  # expect: range(1, 20, 4)
print(list(reversed(range(4))))  # expect: [3, 2, 1, 0]
