# Subscripting an int.
value = 5
value[0]
# expect error: TypeError: 'int' object is not subscriptable
