# The traceback lists every frame, outermost first.
def inner(d):
    return d["missing"]
def outer():
    return inner({})
print("start")  # expect: start
outer()
# expect error: KeyError: 'missing'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "errors/uncaught_in_function.py", line 7, in <module>
# expect stderr:     outer()
# expect stderr:   File "errors/uncaught_in_function.py", line 5, in outer
# expect stderr:     return inner({})
# expect stderr:   File "errors/uncaught_in_function.py", line 3, in inner
# expect stderr:     return d["missing"]
