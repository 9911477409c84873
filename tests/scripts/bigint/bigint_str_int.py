# Converting big ints to and from strings.
s = "123456789012345678901234567890"
n = int(s)
print(n + 1)  # expect: 123456789012345678901234567891
print(str(n * 10) == s + "0")  # expect: True
print(int("-" + s) + n)  # expect: 0
print(int("f" * 20, 16))  # expect: 1208925819614629174706175
print(repr(2 ** 65))  # expect: 36893488147419103232
print(abs(-(2 ** 65)))  # expect: 36893488147419103232
