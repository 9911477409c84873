# A closing bracket with no opener.
x = [1, 2]]
# expect error: SyntaxError: unmatched ']'
