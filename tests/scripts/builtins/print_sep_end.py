# print with sep and end.
print("a", "b", "c", sep="-")  # expect: a-b-c
print("no newline", end="")
print(" continued")  # expect: no newline continued
print(1, 2, sep="")  # expect: 12
print("x", end="!\n")  # expect: x!
print()  # expect: 
print(*[1, 2, 3], sep=", ", end=".\n")  # expect: 1, 2, 3.
print("tab", "sep", sep="\t")  # expect: tab	sep
print(None, sep=None, end=None)  # expect: None
