# Using an undefined name.
print(undefined_variable)
# expect error: NameError: name 'undefined_variable' is not defined
