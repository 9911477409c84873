# Importing twice gives the same module object.
import math
import math as again
print(math is again)  # expect: True
def inside():
    import sys
    return sys.argv[0]
print(inside().endswith(".py"))  # expect: True
