# Sorting records by several keys with itemgetter/attrgetter; reducing with operators.
from operator import itemgetter, attrgetter, add, mul
from functools import reduce
from collections import namedtuple

Student = namedtuple("Student", "name grade age")
students = [Student("ann", "B", 21), Student("bob", "A", 23), Student("cy", "B", 19), Student("dee", "A", 21)]
print([s.name for s in sorted(students, key=attrgetter("grade", "age"))])
# expect: ['dee', 'bob', 'cy', 'ann']
print([s.name for s in sorted(students, key=itemgetter(2), reverse=True)])
# expect: ['bob', 'ann', 'dee', 'cy']
print(reduce(add, [s.age for s in students]), reduce(mul, [1, 2, 3, 4], 1), max(students, key=attrgetter("age")).name)
# expect: 84 24 bob
