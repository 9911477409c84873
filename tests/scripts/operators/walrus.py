# Assignment expressions.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long", n)  # expect: long 5
print([y for x in data if (y := x * 2) > 4])  # expect: [10, 16, 6]
print(y)  # expect: 6
items = iter([3, 2, 1, 0, 5])
while (v := next(items)) != 0:
    print("got", v)
# expect: got 3
# expect: got 2
# expect: got 1
print((z := 10) + z)  # expect: 20
