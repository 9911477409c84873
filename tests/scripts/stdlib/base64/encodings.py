# base64, b32, b16 and binascii round trips and errors.
import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"hello, world!", bytes(range(10))]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
# expect: b'' True b'' b'' b''
# expect: b'Zg==' True b'Zg==' b'MY======' b'66'
# expect: b'Zm8=' True b'Zm8=' b'MZXQ====' b'666F'
# expect: b'Zm9v' True b'Zm9v' b'MZXW6===' b'666F6F'
# expect: b'aGVsbG8sIHdvcmxkIQ==' True b'aGVsbG8sIHdvcmxkIQ==' b'NBSWY3DPFQQHO33SNRSCC===' b'68656C6C6F2C20776F726C6421'
# expect: b'AAECAwQFBgcICQ==' True b'AAECAwQFBgcICQ==' b'AAAQEAYEAUDAOCAJ' b'00010203040506070809'
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), base64.b32decode("MZXW6==="), base64.b16decode("666F6F"))
# expect: b'hello' b'hello' b'foo' b'foo'
print(base64.urlsafe_b64decode("-_8="), binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"))
# expect: b'\xfb\xff' b'01ff' b'\x01\xff'
for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("a"), lambda: base64.b64encode("text"), lambda: base64.b16decode("0g")]:
    try:
        bad()
    except (binascii.Error, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: Error: Incorrect padding
# expect: Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: Error: Non-base16 digit found
