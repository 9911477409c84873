# Counter: counting, most_common, multiset arithmetic and comparisons.
from collections import Counter

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], c.total())
# expect: [('the', 3), ('quick', 1)] 3 0 11
letters = Counter("mississippi")
print(letters)  # expect: Counter({'i': 4, 's': 4, 'p': 2, 'm': 1})
print(sorted(letters.elements()))  # expect: ['i', 'i', 'i', 'i', 'm', 'p', 'p', 's', 's', 's', 's']
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2})
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
# expect: Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1})
print(-Counter(a=-2, b=3), +Counter(a=-1, b=2))  # expect: Counter({'a': 2}) Counter({'b': 2})
letters.update("sss")
letters.subtract({"i": 10})
print(letters)  # expect: Counter({'s': 7, 'p': 2, 'm': 1, 'i': -6})
letters += Counter()
print(letters)  # expect: Counter({'s': 7, 'p': 2, 'm': 1})
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter("ab") < Counter("abc"))
# expect: True True True
print(repr(Counter()), dict(Counter("aab")))  # expect: Counter() {'a': 2, 'b': 1}
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)  # expect: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
