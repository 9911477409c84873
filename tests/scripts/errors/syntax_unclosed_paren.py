# An unclosed parenthesis.
print("a"
x = 1
# expect error: SyntaxError: '(' was never closed
