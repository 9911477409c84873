# product, permutations, combinations, combinations_with_replacement.
import itertools as it

print(list(it.product("ab", range(2))), list(it.product([0, 1], repeat=2)), list(it.product()))
# expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(0, 0), (0, 1), (1, 0), (1, 1)] [()]
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)))
# expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] 120 [()]
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)))
# expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] []
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 0)))
# expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [()]
coins = [1, 2, 5]
ways = [c for r in range(1, 4) for c in it.combinations_with_replacement(coins, r) if sum(c) == 6]
print(ways)  # expect: [(1, 5), (2, 2, 2)]
