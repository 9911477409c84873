# Strings compare lexicographically by code point.
print("apple" < "banana", "apple" < "Apple", "a" < "aa")  # expect: True False True
print("abc" == "abc", "abc" != "abd")  # expect: True True
print(sorted(["pear", "Apple", "fig", "apple"]))  # expect: ['Apple', 'apple', 'fig', 'pear']
print(max("hello"), min("hello"))  # expect: o e
print("Z" < "a", "10" < "9")  # expect: True True
