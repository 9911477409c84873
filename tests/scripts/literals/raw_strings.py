# Raw strings keep backslashes.
print(r"C:\new\table")  # expect: C:\new\table
print(len(r"\n"))  # expect: 2
print(r"\n" == "\\n")  # expect: True
print(R"raw\t")  # expect: raw\t
print(repr(r"a\b"))  # expect: 'a\\b'
print(rb"\x00")  # expect: b'\\x00'
