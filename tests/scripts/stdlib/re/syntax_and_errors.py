# re: pattern errors with CPython's positions, Pattern/Match API, flags.
import re
for p in ['(', 'a)', '[a', '*a', 'a**', '\\q', '(?P<1a>x)', '(?P=nope)', '(?<=a+)b', 'a{3,1}', '(?z)', '\\', '(?P<n>a)(?P<n>b)', 'x|*', '[z-a]', '\\1', 'a{1,2}{3}', '(?<!ab|c)x', '(?i', '(?#abc']:
  try: re.compile(p); print(repr(p), 'ok')
  except re.error as e: print(repr(p), '->', e, '|', e.msg, e.pos)
# expect: '(' -> missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0
# expect: 'a)' -> unbalanced parenthesis at position 1 | unbalanced parenthesis 1
# expect: '[a' -> unterminated character set at position 0 | unterminated character set 0
# expect: '*a' -> nothing to repeat at position 0 | nothing to repeat 0
# expect: 'a**' -> multiple repeat at position 2 | multiple repeat 2
# expect: '\\q' -> bad escape \q at position 0 | bad escape \q 0
# expect: '(?P<1a>x)' -> bad character in group name '1a' at position 4 | bad character in group name '1a' 4
# expect: '(?P=nope)' -> unknown group name 'nope' at position 4 | unknown group name 'nope' 4
# expect: '(?<=a+)b' -> look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None
# expect: 'a{3,1}' -> min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2
# expect: '(?z)' -> unknown extension ?z at position 1 | unknown extension ?z 1
# expect: '\\' -> bad escape (end of pattern) at position 0 | bad escape (end of pattern) 0
# expect: '(?P<n>a)(?P<n>b)' -> redefinition of group name 'n' as group 2; was group 1 at position 12 | redefinition of group name 'n' as group 2; was group 1 12
# expect: 'x|*' -> nothing to repeat at position 2 | nothing to repeat 2
# expect: '[z-a]' -> bad character range z-a at position 1 | bad character range z-a 1
# expect: '\\1' -> invalid group reference 1 at position 1 | invalid group reference 1 1
# expect: 'a{1,2}{3}' -> multiple repeat at position 6 | multiple repeat 6
# expect: '(?<!ab|c)x' -> look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None
# expect: '(?i' -> missing -, : or ) at position 3 | missing -, : or ) 3
# expect: '(?#abc' -> missing ), unterminated comment at position 0 | missing ), unterminated comment 0
print(repr(re.compile('a+')), repr(re.compile('a', re.I|re.M)), re.compile('x').flags, repr(re.search('b+', 'abbbc')), re.I, repr(re.I|re.S))
# expect: re.compile('a+') re.compile('a', re.IGNORECASE|re.MULTILINE) 32 <re.Match object; span=(1, 4), match='bbb'> re.IGNORECASE re.IGNORECASE|re.DOTALL
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe x')
print(m.group(0), m.group(1, 2), m.groups(), m.groupdict(), m.span(2), m.start('last'), m.end(), m.lastindex, m.lastgroup, m['first'], m.expand(r'\2, \g<first>'), m.re.pattern, m.string, m.pos, m.endpos)
# expect: Jane Doe ('Jane', 'Doe') ('Jane', 'Doe') {'first': 'Jane', 'last': 'Doe'} (5, 8) 5 8 2 last Jane Doe, Jane (?P<first>\w+) (?P<last>\w+) Jane Doe x 0 10
for bad in [lambda: re.sub('a', r'\2', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a'), lambda: re.sub('a', r'\q', 'a'), lambda: m.group(3), lambda: m.group('nope')]:
  try: bad()
  except Exception as e: print(type(e).__name__, e)
# expect: PatternError invalid group reference 2 at position 1
# expect: IndexError unknown group name 'x'
# expect: PatternError bad escape \q at position 0
# expect: IndexError no such group
# expect: IndexError no such group
