# Chained comparisons evaluate each operand once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 3)  # expect: True False False
print(0 <= x <= 5 != 6)  # expect: True
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
# expect: eval 1
# expect: eval 2
# expect: eval 3
# expect: True
print(v(3) < v(2) < v(1))
# expect: eval 3
# expect: eval 2
# expect: False
print(1 == 1.0 == True)  # expect: True
