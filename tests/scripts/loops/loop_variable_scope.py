# The loop variable stays bound after the loop.
for i in range(3):
    pass
print(i)  # expect: 2
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)  # expect: name 'j' is not defined
