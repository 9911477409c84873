# Iterating over a string and building new strings.
for ch in "abc":
    print(ch, ord(ch))
# expect: a 97
# expect: b 98
# expect: c 99
print(list("hey"))  # expect: ['h', 'e', 'y']
print("".join(reversed("stressed")))  # expect: desserts
print([c.upper() for c in "abc"])  # expect: ['A', 'B', 'C']
out = ""
for ch in "hello":
    if ch not in out:
        out += ch
print(out)  # expect: helo
