# chr and ord round-trip.
print(ord("A"), ord("a"), ord("0"), ord(" "))  # expect: 65 97 48 32
print(chr(65), chr(97), chr(0x4e2d))  # expect: A a 中
print("".join(chr(ord(c) + 1) for c in "HAL"))  # expect: IBM
print([ord(c) for c in "中文"])  # expect: [20013, 25991]
