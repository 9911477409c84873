# accumulate, batched, chain, compress, dropwhile/takewhile, filterfalse, starmap, pairwise, zip_longest.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([3, 1, 4, 1, 5], max)))
# expect: [1, 3, 6, 10] [10, 11, 13, 16] [3, 3, 4, 4, 5]
print(list(it.accumulate([1, 2, 3, 4], operator.mul)))  # expect: [1, 2, 6, 24]
print(list(it.batched("abcdefg", 3)), list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["ab", "cd"])))
# expect: [('a', 'b', 'c'), ('d', 'e', 'f'), ('g',)] ['a', 'b', 1, 2] ['a', 'b', 'c', 'd']
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))  # expect: ['a', 'c', 'e', 'f']
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
# expect: [3, 4, 1] [1, 2]
print(list(it.filterfalse(None, [0, 1, "", 2])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise("abcd")))
# expect: [0, ''] [8, 9] [('a', 'b'), ('b', 'c'), ('c', 'd')]
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.zip_longest()))
# expect: [('a', 1), ('b', 2), ('-', 3)] []
