# Expressions inside f-strings: calls, conditionals, subscripts, nested f-strings.
items = {"a": 1, "b": 2}
print(f"{items['a'] + items['b']}")  # expect: 3
print(f"{'yes' if items else 'no'}")  # expect: yes
print(f"{len(items)} keys: {', '.join(sorted(items))}")  # expect: 2 keys: a, b
print(f"{f'{1 + 1}'}")  # expect: 2
print(f"{(lambda v: v * 2)(21)}")  # expect: 42
print(f"{[x for x in range(3)]!r}")  # expect: [0, 1, 2]
print(f"{3 > 2}")  # expect: True
