# str.format with positional, indexed, keyword fields and specs.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{1} {0} {1}".format("a", "b"))  # expect: b a b
print("{name} is {age}".format(name="Ada", age=36))  # expect: Ada is 36
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))  # expect:      r|l     |  c   |
print("{:.3f} {:05d} {:x}".format(3.14159, 42, 255))  # expect: 3.142 00042 ff
print("{{literal}} {}".format("x"))  # expect: {literal} x
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))  # expect: 20 v
