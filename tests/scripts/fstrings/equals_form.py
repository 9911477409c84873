# The = specifier prints the expression text too.
x = 10
y = "s"
print(f"{x=}")  # expect: x=10
print(f"{x + 1=}")  # expect: x + 1=11
print(f"{y=}")  # expect: y='s'
print(f"{x = }")  # expect: x = 10
print(f"{x=:>5}")  # expect: x=   10
print(f"{y=!s}")  # expect: y=s
