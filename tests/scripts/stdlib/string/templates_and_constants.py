# string constants, capwords, Template, Formatter.
import string

print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ ' \t\n\r\x0b\x0c'
print(string.hexdigits, string.octdigits, len(string.printable))
# expect: 0123456789abcdefABCDEF 01234567 100
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
# expect: Hello World Foo A-B c-D
t = string.Template("$who likes $what, costs $$10 ${who}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.get_identifiers(), t.is_valid())
# expect: tim likes kung pao, costs $10 tims ann likes $what, costs $10 anns ['who', 'what'] True
for f in [lambda: t.substitute(who="x"), lambda: string.Template("cost $5").substitute(),
          lambda: string.Template("a\nb $").substitute()]:
    try:
        print(f())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
# expect: KeyError 'what'
# expect: ValueError Invalid placeholder in string: line 1, col 6
# expect: ValueError Invalid placeholder in string: line 2, col 3
print(string.Formatter().format("{0}-{name!r:>6}|{1:.2f}|{x[0]}", "a", 3.14159, name="n", x=[9]))
# expect: a-   'n'|3.14|9
print(list(string.Formatter().parse("a{b!r:>{w}}c{{}}")))
# expect: [('a', 'b', '>{w}', 'r'), ('c{', None, None, None), ('}', None, None, None)]
password = "Tr0ub4dor&3"
checks = [any(c in string.ascii_uppercase for c in password), any(c in string.digits for c in password),
          any(c in string.punctuation for c in password)]
print(checks)  # expect: [True, True, True]
