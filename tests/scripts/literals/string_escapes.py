# Escape sequences in string literals.
print("tab\there")  # expect: tab	here
print("new\nline")
# expect: new
# expect: line
print("back\\slash")  # expect: back\slash
print("quote\"s")  # expect: quote"s
print("\x41\x42")  # expect: AB
print("\101\102")  # expect: AB
print("\u00e9\u4e2d")  # expect: é中
print("\U0001F600" == "\U0001f600")  # expect: True
print(len("\n\t\\"))  # expect: 3
print(repr("\n\t\x00"))  # expect: '\n\t\x00'
print(repr("\x7f"), repr("é"))  # expect: '\x7f' 'é'
print(ord("\a"), ord("\b"), ord("\f"), ord("\v"), ord("\r"), ord("\0"))  # expect: 7 8 12 11 13 0
