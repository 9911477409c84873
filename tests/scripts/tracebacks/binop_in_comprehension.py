# A failing binary operator gets ~~^~~: operands ~, operator ^.
a = 1
b = "x"
c = [a + b for _ in range(1)]
# expect error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/binop_in_comprehension.py", line 4, in <module>
# expect stderr:     c = [a + b for _ in range(1)]
# expect stderr:          ~~^~~
# expect stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'
