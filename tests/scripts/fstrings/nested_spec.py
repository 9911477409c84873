# Nested replacement fields inside the format spec.
width = 10
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")  # expect: [     2.718]
print(f"[{'mid':^{width}}]")  # expect: [   mid    ]
fill = "*"
print(f"[{'x':{fill}>{width // 2}}]")  # expect: [****x]
for w in (4, 6):
    print(f"[{w:{w}}]")
# expect: [   4]
# expect: [     6]
