# Adding incompatible types.
total = 1 + "2"
# expect error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
