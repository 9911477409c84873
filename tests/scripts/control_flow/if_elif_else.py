# if / elif / else picks the first true branch.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
# expect: -5 negative
# expect: 0 zero
# expect: 3 small
# expect: 42 large
if []:
    print("not printed")
elif {}:
    print("not printed")
else:
    print("both empty")  # expect: both empty
