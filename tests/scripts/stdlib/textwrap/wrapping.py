# textwrap: wrap, fill, shorten, dedent, indent (and string constants/Template along the way).
import string, textwrap
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), string.hexdigits, string.octdigits)
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ ' \t\n\r\x0b\x0c' 0123456789abcdefABCDEF 01234567
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
# expect: Hello World Foo A-B c-D
t = string.Template("$who likes $what, costs $$10 ${who}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.get_identifiers(), t.is_valid())
# expect: tim likes kung pao, costs $10 tims ann likes $what, costs $10 anns ['who', 'what'] True
for f in [lambda: t.substitute(who="x"), lambda: string.Template("cost $5").substitute(), lambda: string.Template("a\nb $").substitute()]:
    try: print(f())
    except (KeyError, ValueError) as e: print(type(e).__name__, e)
# expect: KeyError 'what'
# expect: ValueError Invalid placeholder in string: line 1, col 6
# expect: ValueError Invalid placeholder in string: line 2, col 3
print(string.Formatter().format("{0}-{name!r:>6}|{1:.2f}|{x[0]}", "a", 3.14159, name="n", x=[9]))
# expect: a-   'n'|3.14|9
print(list(string.Formatter().parse("a{b!r:>{w}}c{{}}")))
# expect: [('a', 'b', '>{w}', 'r'), ('c{', None, None, None), ('}', None, None, None)]
text = "The quick brown fox jumps over the lazy dog. Python is a well-known programming language that emphasises readability; it was created by Guido van Rossum."
print(textwrap.wrap(text, 30))
# expect: ['The quick brown fox jumps over', 'the lazy dog. Python is a', 'well-known programming', 'language that emphasises', 'readability; it was created by', 'Guido van Rossum.']
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
# expect: * The quick brown fox jumps over the
# expect:   lazy dog. Python is a well-known
# expect:   programming language that emphasises
# expect:   readability; it was created by Guido
# expect:   van Rossum.
print(textwrap.shorten(text, 50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", width=10, placeholder="..."))
# expect: The quick brown fox jumps over the lazy dog. [...] | Hello world! | Hello...
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("a\n\nb\n", "> ")))
# expect: 'a\n  b\n\nc\n' '> a\n\n> b\n'
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10), textwrap.wrap("a b", 1))
# expect: ['supercalif', 'ragilistic', 'expialidoc', 'ious is', 'long'] ['a', 'b']
print(textwrap.wrap("first-second-third fourth--fifth", 12))
# expect: ['first-', 'second-third', 'fourth--', 'fifth']
print(textwrap.fill("Hello there. How are you? Fine.", 15, fix_sentence_endings=True))
# expect: Hello there.
# expect: How are you?
# expect: Fine.
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("tab\there", 20), textwrap.wrap("", 10))
# expect: ['  leading', 'and', 'trailing'] ['tab     here'] []
print(textwrap.wrap(text, 25, max_lines=3))
# expect: ['The quick brown fox jumps', 'over the lazy dog. Python', 'is a well-known [...]']
