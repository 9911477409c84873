# f-strings evaluate expressions in braces.
name = "loop"
n = 3
print(f"hello {name}")  # expect: hello loop
print(f"{n} + {n} = {n + n}")  # expect: 3 + 3 = 6
print(f"{name.upper()}!")  # expect: LOOP!
print(f"{[i * i for i in range(n)]}")  # expect: [0, 1, 4]
print(f"{'nested quotes'}")  # expect: nested quotes
print(f"{{braces}} {n}")  # expect: {braces} 3
print(F"upper F {n}")  # expect: upper F 3
