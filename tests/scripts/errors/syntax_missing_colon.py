# if without a colon.
x = 1
if x > 0
    print(x)
# expect error: SyntaxError: expected ':'
