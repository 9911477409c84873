# UnboundLocalError is a NameError raised for locals used before assignment.
count = 0
def bump():
    count += 1
try:
    bump()
except NameError as e:
    print(type(e).__name__, "|", e)
    # expect: UnboundLocalError | cannot access local variable 'count' where it is not associated with a value
def later():
    print(value)
    value = 1
try:
    later()
except UnboundLocalError as e:
    print(e)  # expect: cannot access local variable 'value' where it is not associated with a value
