# The name bound by "except ... as" is deleted after the handler.
e = "outer"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)  # expect: in handler x
try:
    print(e)
except NameError as err:
    print(err)  # expect: name 'e' is not defined
