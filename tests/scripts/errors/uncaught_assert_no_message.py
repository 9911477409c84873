# A failing assert without a message.
assert 1 == 2
# expect error: AssertionError
