# An exception class from another module prints with its module name.
E = type("E", (Exception,), {"__module__": "shapes.errors"})
raise E("not a shape")
# expect error: shapes.errors.E: not a shape
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/module_qualified_name.py", line 3, in <module>
# expect stderr:     raise E("not a shape")
# expect stderr: shapes.errors.E: not a shape
