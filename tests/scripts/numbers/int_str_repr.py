# str and repr of ints, negative zero ints.
print(str(-0), repr(10), str(-123))  # expect: 0 10 -123
print(len(str(10 ** 100)))  # expect: 101
print(str(1_000))  # expect: 1000
print("{} items".format(3))  # expect: 3 items
print(format(1234567, ","), format(1234567, "_"))  # expect: 1,234,567 1_234_567
print(format(-42, "+d"), format(42, "+d"), format(42, " d"))  # expect: -42 +42  42
