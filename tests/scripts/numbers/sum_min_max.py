# sum with a start value, min/max with key and default.
print(sum([1, 2, 3], 10))  # expect: 16
print(sum([[1], [2]], []))  # expect: [1, 2]
print(max([3, -7, 5], key=abs), min([3, -7, 5], key=abs))  # expect: -7 3
print(max([], default=None), min("hello"))  # expect: None e
print(max(1, 2, 3), min(4, 5, 1, 6))  # expect: 3 1
print(max(["apple", "fig", "banana"], key=len))  # expect: banana
