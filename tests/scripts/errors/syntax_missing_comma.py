# Two expressions side by side in a list.
items = [1, 2 3]
# expect error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
