# Floor division and modulo on big and negative integers round toward minus infinity.
a = 2 ** 100 + 7
print(a // 3, a % 3)  # expect: 422550200076076467165567735127 2
print(-a // 3, -a % 3)  # expect: -422550200076076467165567735128 1
print(a // -3, a % -3)  # expect: -422550200076076467165567735128 -1
print(-a // -3, -a % -3)  # expect: 422550200076076467165567735127 -2
print(divmod(a, 10 ** 9))  # expect: (1267650600228229401496, 703205383)
print(divmod(-a, 10 ** 9))  # expect: (-1267650600228229401497, 296794617)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)  # expect: -4 1 -4 -1
print((10 ** 40) // (10 ** 20))  # expect: 100000000000000000000
