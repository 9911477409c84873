# Slicing tuples and strings returns the same type.
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-2], type(t[:1]).__name__)  # expect: (2, 3) (5, 3, 1) tuple
s = "python"
print(s[1:-1], s[::-1], s[-3:], s[:100])  # expect: ytho nohtyp hon python
r = range(10)
print(r[2:5], list(r[::-3]))  # expect: range(2, 5) [9, 6, 3, 0]
