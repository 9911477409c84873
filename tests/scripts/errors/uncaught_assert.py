# A failing assert with a message.
def check(v):
    assert v > 0, f"expected positive, got {v}"
check(1)
check(-2)
# expect error: AssertionError: expected positive, got -2
