# An f-string with an unclosed brace.
x = 1
s = f"{x"
# expect error: SyntaxError: f-string: expecting '}'
