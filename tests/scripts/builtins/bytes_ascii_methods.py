# bytes methods see only ASCII: letters, digits and case mapping never touch bytes >= 0x80;
# maketrans/translate and bytearray.remove.
print(b"abc".isascii(), b"\xe9".isascii(), b"".isascii())  # expect: True False True
for b in [b"Hello World", b"Hello world", b"HELLO", b"", b"A1 B2", b"\xe9Ab", b"aB"]:
    print(b, b.istitle(), b.isupper(), b.islower(), b.isalpha(), b.isalnum(), b.isdigit(), b.isspace())
# expect: b'Hello World' True False False False False False False
# expect: b'Hello world' False False False False False False False
# expect: b'HELLO' False True False True True False False
# expect: b'' False False False False False False False
# expect: b'A1 B2' True True False False False False False
# expect: b'\xe9Ab' True False False False False False False
# expect: b'aB' False False False True True False False
print(b"h\xe9llo wOrld".upper(), b"h\xe9llo wOrld".lower(), b"h\xe9llo wOrld".title(), b"h\xe9llo wOrld".capitalize(), b"h\xe9llo wOrld".swapcase())
# expect: b'H\xe9LLO WORLD' b'h\xe9llo world' b'H\xe9Llo World' b'H\xe9llo world' b'H\xe9LLO WoRLD'
t = bytes.maketrans(b"ab", b"xy")
print(len(t), t[97], b"abcab".translate(t), b"abcab".translate(None, b"b"), b"abcab".translate(t, delete=b"c"))
# expect: 256 120 b'xycxy' b'aca' b'xyxy'
print(bytearray(b"abcab").translate(t))  # expect: bytearray(b'xycxy')
try: bytes.maketrans(b"a", b"xy")
except ValueError as e: print(e)  # expect: maketrans arguments must have same length
try: b"x".translate(b"short")
except ValueError as e: print(e)  # expect: translation table must be 256 characters long
ba = bytearray(b"hello"); ba.remove(ord("l")); print(ba)  # expect: bytearray(b'helo')
try: ba.remove(120)
except ValueError as e: print(e)  # expect: value not found in bytearray
try: ba.remove(300)
except ValueError as e: print(e)  # expect: byte must be in range(0, 256)
print(b"  x\t".isspace(), b" \t\n".isspace(), bytearray(b"AB").isupper(), bytearray(b"ab").upper())
# expect: False True True bytearray(b'AB')
