# Handling errors item by item in a loop.
raw = ["1", "2", "x", "4", "", "6"]
total = 0
bad = []
for r in raw:
    try:
        total += int(r)
    except ValueError as e:
        bad.append(str(e))
print(total)  # expect: 13
for b in bad:
    print(b)
# expect: invalid literal for int() with base 10: 'x'
# expect: invalid literal for int() with base 10: ''
