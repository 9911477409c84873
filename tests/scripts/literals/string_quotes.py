# Every quote form produces a str.
print('single')  # expect: single
print("double")  # expect: double
print('''triple single''')  # expect: triple single
print("""triple double""")  # expect: triple double
print("it's")  # expect: it's
print('say "hi"')  # expect: say "hi"
print('''both ' and "''')  # expect: both ' and "
print("""line one
line two""")
# expect: line one
# expect: line two
print("adjacent" ' literals' """ join""")  # expect: adjacent literals join
print(repr('it\'s'), repr("a\"b"))  # expect: "it's" 'a"b'
print(repr('both \' and "'))  # expect: 'both \' and "'
