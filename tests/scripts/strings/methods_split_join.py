# split and join.
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("  many   spaces here ".split())  # expect: ['many', 'spaces', 'here']
print("a b c".split(" ", 1))  # expect: ['a', 'b c']
print("".split(), "".split(","))  # expect: [] ['']
print("-".join(["x", "y", "z"]))  # expect: x-y-z
print(", ".join(str(i) for i in range(4)))  # expect: 0, 1, 2, 3
print("".join([]))  # expect: 
print("|".join("abc"))  # expect: a|b|c
