# Calling a string.
name = "text"
name()
# expect error: TypeError: 'str' object is not callable
