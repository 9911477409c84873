# Triple-quoted strings keep newlines; backslash continues a line.
text = """first
second
third"""
print(text)
# expect: first
# expect: second
# expect: third
print(len(text.split("\n")))  # expect: 3
joined = "one \
two"
print(joined)  # expect: one two
print("""\
no leading newline""")
# expect: no leading newline
