# Two starred targets in one assignment.
a, *b, *c = range(5)
# expect error: SyntaxError: multiple starred expressions in assignment
