# Indexing and slicing strings, with negative indices and steps.
s = "abcdefgh"
print(s[0], s[-1], s[3])  # expect: a h d
print(s[2:5], s[:3], s[5:], s[:])  # expect: cde abc fgh abcdefgh
print(s[::2], s[1::2], s[::-1])  # expect: aceg bdfh hgfedcba
print(s[-3:], s[:-3], s[6:2:-1])  # expect: fgh abcde gfed
print(s[100:], s[-100:2], repr(s[5:2]))  # expect:  ab ''
print(s[::-3])  # expect: heb
