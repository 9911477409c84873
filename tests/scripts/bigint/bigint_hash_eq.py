# Big ints as dict keys; equal values hash equally.
d = {2 ** 70: "big", 1: "one"}
print(d[2 ** 70], d[1])  # expect: big one
print(hash(2 ** 70) == hash(2 ** 70), hash(1) == hash(1.0))  # expect: True True
print(2 ** 70 in d, 2 ** 71 in d)  # expect: True False
print({1, 1.0, True})  # expect: {1}
