# Assigning to slices replaces, grows and shrinks lists.
lst = list(range(6))
lst[1:3] = ["a", "b", "c"]
print(lst)  # expect: [0, 'a', 'b', 'c', 3, 4, 5]
lst[:2] = []
print(lst)  # expect: ['b', 'c', 3, 4, 5]
lst[len(lst):] = [99]
print(lst)  # expect: ['b', 'c', 3, 4, 5, 99]
lst[::2] = [0, 0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
# expect error: ValueError: attempt to assign sequence of size 4 to extended slice of size 3
