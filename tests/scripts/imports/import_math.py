# Basic math module functions.
import math
print(math.sqrt(16), math.sqrt(2))  # expect: 4.0 1.4142135623730951
print(math.pi)  # expect: 3.141592653589793
print(math.floor(2.7), math.floor(-2.5), math.ceil(2.1))  # expect: 2 -3 3
print(type(math.floor(2.7)).__name__)  # expect: int
