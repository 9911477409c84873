# find, count, replace, startswith, endswith.
s = "banana"
print(s.find("an"), s.find("an", 2), s.find("x"))  # expect: 1 3 -1
print(s.count("a"), s.count("an"), s.count(""))  # expect: 3 2 7
print(s.replace("a", "o"), s.replace("a", "", 2))  # expect: bonono bnna
print(s.startswith("ba"), s.startswith("na", 2), s.endswith("na"))  # expect: True True True
print(s.startswith(("x", "b")), s.endswith(("x", "y")))  # expect: True False
