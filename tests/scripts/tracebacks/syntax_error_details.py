# SyntaxError with details prints the file, line and caret it names.
raise SyntaxError('bad thing', ('myfile.py', 3, 5, '    x = = 1\n', 3, 8))
# expect error: SyntaxError: bad thing
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/syntax_error_details.py", line 2, in <module>
# expect stderr:     raise SyntaxError('bad thing', ('myfile.py', 3, 5, '    x = = 1\n', 3, 8))
# expect stderr:   File "myfile.py", line 3
# expect stderr:     x = = 1
# expect stderr:     ^^^
# expect stderr: SyntaxError: bad thing
