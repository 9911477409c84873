# Bytes literals: repr, length, indexing, slicing, concatenation.
b = b"hello"
print(b)  # expect: b'hello'
print(len(b))  # expect: 5
print(b[0], b[-1])  # expect: 104 111
print(b[1:3])  # expect: b'el'
print(b + b" world")  # expect: b'hello world'
print(b"a\x00b\xff")  # expect: b'a\x00b\xff'
print(b'single' == b"single")  # expect: True
print(rb"\n", len(rb"\n"))  # expect: b'\\n' 2
print(bytes(3))  # expect: b'\x00\x00\x00'
print(list(b"AZ"))  # expect: [65, 90]
print(b"abc" * 2)  # expect: b'abcabc'
print(type(b).__name__)  # expect: bytes
