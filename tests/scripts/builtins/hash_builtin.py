# hash of equal numbers is equal; unhashable types raise TypeError.
print(hash(5) == hash(5), hash(1) == hash(1.0) == hash(True))  # expect: True True
print(hash((1, 2)) == hash((1, 2)))  # expect: True
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
# expect: unhashable type: 'list'
# expect: unhashable type: 'dict'
# expect: unhashable type: 'set'
try:
    {[1]: 2}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
