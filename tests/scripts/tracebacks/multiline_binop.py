# A long expression prints its first and last lines and those around the operator, eliding the rest.
total = (1
         + 2
         + 3
         + "four"
         + 5)
# expect error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/multiline_binop.py", line 2, in <module>
# expect stderr:     total = (1
# expect stderr:              ~
# expect stderr:              + 2
# expect stderr:              ~~~
# expect stderr:              + 3
# expect stderr:              ~~~
# expect stderr:              + "four"
# expect stderr:              ^~~~~~~~
# expect stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'
