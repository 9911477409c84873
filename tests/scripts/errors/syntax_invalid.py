# A plain syntax error: nothing runs, not even the first print.
print("not printed")
x = = 1
# expect error: SyntaxError: invalid syntax
# expect stderr:   File "errors/syntax_invalid.py", line 3
# expect stderr:     x = = 1
