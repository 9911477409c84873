# Negative indices count from the end.
data = ["a", "b", "c", "d"]
print(data[-1], data[-4], data[len(data) - 1])  # expect: d a d
data[-2] = "C"
print(data)  # expect: ['a', 'b', 'C', 'd']
print("xyz"[-2], (1, 2, 3)[-3])  # expect: y 1
