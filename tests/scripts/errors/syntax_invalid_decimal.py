# A name glued to a number.
x = 1abc
# expect error: SyntaxError: invalid decimal literal
