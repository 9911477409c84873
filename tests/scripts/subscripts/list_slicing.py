# Slicing lists with start, stop and step.
lst = list(range(10))
print(lst[2:7], lst[:3], lst[7:], lst[-2:])  # expect: [2, 3, 4, 5, 6] [0, 1, 2] [7, 8, 9] [8, 9]
print(lst[::3], lst[1::4], lst[::-1], lst[::-4])
# expect: [0, 3, 6, 9] [1, 5, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [9, 5, 1]
print(lst[8:2:-2], lst[-1:-5:-1], lst[2:8:-1])  # expect: [8, 6, 4] [9, 8, 7, 6] []
print(lst[100:200], lst[-100:3])  # expect: [] [0, 1, 2]
copy = lst[:]
print(copy == lst, copy is lst)  # expect: True False
