# Keywords cannot be assigned.
class = 3
# expect error: SyntaxError: invalid syntax
