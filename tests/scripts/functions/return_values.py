# return with no value, several values, and early returns.
def none1():
    pass
def none2():
    return
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), pair(), early(1), early(0))  # expect: None None (1, 2) early late
q, r = pair()
print(q + r)  # expect: 3
