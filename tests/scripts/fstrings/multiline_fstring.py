# Triple-quoted and concatenated f-strings.
a, b = 1, 2
text = f"""a={a}
b={b}"""
print(text)
# expect: a=1
# expect: b=2
msg = (f"{a} "
       "plain "
       f"{b}")
print(msg)  # expect: 1 plain 2
print(f"{a}" f"{b}")  # expect: 12
