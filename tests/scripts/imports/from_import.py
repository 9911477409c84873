# from-import binds names directly; as renames.
from math import sqrt, pi as PI
from sys import argv
import math as m
print(sqrt(9.0), PI == m.pi)  # expect: 3.0 True
import sys
print(argv is sys.argv)  # expect: True
print(m.floor(9.99))  # expect: 9
