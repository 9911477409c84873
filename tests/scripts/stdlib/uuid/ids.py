# Stable ids for names with uuid5, and UUID parsing/formatting.
import uuid

for name in ["alice", "bob", "alice"]:
    print(name, uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.com/users/{name}"))
# expect: alice 3388195f-58d9-50d3-bc78-2e32c6228e11
# expect: bob 0332f596-0b30-5451-82eb-5d845acdf62c
# expect: alice 3388195f-58d9-50d3-bc78-2e32c6228e11
u = uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678")
print(u == uuid.UUID(hex=u.hex), u.time_low, u.clock_seq, u.node, u.version, u.bytes_le[:4])
# expect: True 305419896 4660 95073701484152 None b'xV4\x12'
