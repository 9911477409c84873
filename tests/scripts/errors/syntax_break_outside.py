# break outside a loop.
if True:
    break
# expect error: SyntaxError: 'break' outside loop
