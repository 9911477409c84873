# uuid: uuid3/uuid5 name-based UUIDs (same as CPython), parsing and fields.
import uuid

u5 = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
u3 = uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com")
print(u5, u5.version, u5.variant, u3, repr(u3))
# expect: 886313e1-3b8a-5372-9b90-0c9aee199e5d 5 specified in RFC 4122 68794df6-5e20-385f-ab08-bb73f8a433cb UUID('68794df6-5e20-385f-ab08-bb73f8a433cb')
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u.hex, u.int, u.fields, u.urn, u.bytes[:4], uuid.UUID(bytes=u.bytes) == u)
# expect: 12345678123456781234567812345678 24197857161011715162171839636988778104 (305419896, 4660, 22136, 18, 52, 95073701484152) urn:uuid:12345678-1234-5678-1234-567812345678 b'\x124Vx' True
print(uuid.UUID(int=1), sorted([uuid.UUID(int=3), uuid.UUID(int=2)])[0].int, uuid.UUID(hex="0" * 32).version)
# expect: 00000000-0000-0000-0000-000000000001 2 None
for bad in ["zz", "1234"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
# expect: badly formed hexadecimal UUID string
# expect: badly formed hexadecimal UUID string
r = uuid.uuid4()
print(r.version, len(str(r)), r.variant == uuid.RFC_4122)  # expect: 4 36 True
