# md5, sha1, sha256 and sha512 digests, incremental updates and copies.
import hashlib

print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
# expect: 9e107d9d372bb6826bd81d3542a419d6
print(hashlib.sha1(b"").hexdigest())  # expect: da39a3ee5e6b4b0d3255bfef95601890afd80709
print(hashlib.sha256(b"hello world").hexdigest())
# expect: b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
print(hashlib.sha512(b"abc").hexdigest())
# expect: ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
print(hashlib.sha256(b"a" * 1000).hexdigest())
# expect: 41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3
print(hashlib.sha256("päss".encode()).digest()[:8])  # expect: b's\xc2\xe2\xfd*\xecf\xe5'

h = hashlib.new("SHA256")
h.update(b"ab")
snapshot = h.copy()
h.update(b"c")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), snapshot.hexdigest() == hashlib.sha256(b"ab").hexdigest())
# expect: True True
print(h.name, h.digest_size, h.block_size, hashlib.sha512().block_size, hashlib.md5(b"x").digest_size)
# expect: sha256 32 64 128 16
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("whirlpool")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: Strings must be encoded before hashing
# expect: ValueError: unsupported hash type whirlpool
