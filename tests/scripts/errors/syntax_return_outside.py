# return at module level.
print("no")
return 5
# expect error: SyntaxError: 'return' outside function
