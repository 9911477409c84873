# Starred unpacking inside list and tuple displays.
a = [1, 2]
b = (3, 4)
print([*a, *b])  # expect: [1, 2, 3, 4]
print([0, *a, 9])  # expect: [0, 1, 2, 9]
print((*a,))  # expect: (1, 2)
print([*"hi", *range(2)])  # expect: ['h', 'i', 0, 1]
print([*{"k": 1}])  # expect: ['k']
print(len([*a, *a, *a]))  # expect: 6
