# assert raises AssertionError, with an optional message.
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(type(e).__name__, e.args)  # expect: AssertionError ()
try:
    assert False, "custom message"
except AssertionError as e:
    print(e)  # expect: custom message
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)  # expect: (('tuple', 1),)
assert True, "never evaluated " + 1
print("passed")  # expect: passed
