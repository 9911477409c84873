# operator: itemgetter, attrgetter, methodcaller and the operator functions.
import operator
from functools import reduce

rows = [("ann", 31, "x"), ("bob", 25, "y"), ("cy", 31, "a")]
print(sorted(rows, key=operator.itemgetter(1, 2)), operator.itemgetter(0)(rows[0]), operator.itemgetter(0, 2)(rows[1]))
# expect: [('bob', 25, 'y'), ('cy', 31, 'a'), ('ann', 31, 'x')] ann ('bob', 'y')

class P:
    def __init__(self, name, city):
        self.name = name
        self.home = type("Home", (), {"city": city})()

people = [P("zed", "Oslo"), P("amy", "Rome")]
print([p.name for p in sorted(people, key=operator.attrgetter("name"))], operator.attrgetter("home.city")(people[0]))
# expect: ['amy', 'zed'] Oslo
print(list(map(operator.methodcaller("upper"), ["a", "b"])), operator.methodcaller("split", ",")("1,2"))
# expect: ['A', 'B'] ['1', '2']
print(reduce(operator.mul, range(1, 6)), operator.add(2, 3), operator.neg(4), operator.truediv(7, 2), operator.floordiv(7, 2))
# expect: 120 5 -4 3.5 3
print(operator.contains([1, 2], 2), operator.not_(0), operator.eq(1, 1.0), operator.getitem("abc", 1), operator.countOf([1, 1, 2], 1))
# expect: True True True b 2
print(operator.indexOf("hello", "l"), operator.pow(2, 10), operator.mod(7, 3), operator.lt(1, 2), operator.is_(None, None))
# expect: 2 1024 1 True True
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a", "b")), repr(operator.methodcaller("f", 1, k=2)))
# expect: operator.itemgetter(1) operator.attrgetter('a', 'b') operator.methodcaller('f', 1, k=2)
