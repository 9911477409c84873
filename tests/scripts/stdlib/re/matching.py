# re: findall/sub/split/search semantics: groups, lazy/greedy, lookarounds, backrefs, empty matches.
import re
print(re.findall(r'a*', 'baaac'), re.sub(r'x*', '-', 'abxd'), re.split(r'x*', 'axbc'), list(re.finditer(r'\b', 'ab cd')), re.split(r'(,)', 'a,b,c', maxsplit=1))
# expect: ['', 'aaa', '', ''] -a-b--d- ['', 'a', '', 'b', 'c', ''] [<re.Match object; span=(0, 0), match=''>, <re.Match object; span=(2, 2), match=''>, <re.Match object; span=(3, 3), match=''>, <re.Match object; span=(5, 5), match=''>] ['a', ',', 'b,c']
text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543. Dates: 2025-01-15, 1999-12-31."
print(re.findall(r'[\w.]+@[\w.]+\.\w+', text))  # expect: ['ann@example.com', 'bob.smith@mail.org']
print(re.findall(r'\(?\d{3}\)?[ -]?\d{3}-\d{4}|\d{3}-\d{4}', text))
# expect: ['555-1234', '(555) 987-6543']
print(re.findall(r'(\d{4})-(\d{2})-(\d{2})', text))
# expect: [('2025', '01', '15'), ('1999', '12', '31')]
print(re.sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', text))
# expect: Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543. Dates: 15/01/2025, 31/12/1999.
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), "a1 b22 c333"))  # expect: a2 b44 c666
print(re.split(r'[,;.]\s*', text)[:4], re.split(r'\s+', '  a b   c '), re.split(r'(\s)+', 'a  b'))
# expect: ['Contact: ann@example', 'com', 'bob', 'smith@mail'] ['', 'a', 'b', 'c', ''] ['a', ' ', 'b']
print(re.match(r'^(\w+)\s*=\s*(.*?)\s*$', '  key = value  ') , re.match(r'\s*(\w+)\s*=\s*(.*?)\s*$', '  key = value  ').groups())
# expect: None ('key', 'value')
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.search(r'^b', 'a\nb', re.M), re.search(r'a.b', 'a\nb'), re.search(r'a.b', 'a\nb', re.S))
# expect: <re.Match object; span=(0, 3), match='123'> None <re.Match object; span=(2, 3), match='b'> None <re.Match object; span=(0, 3), match='a\nb'>
print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.findall(r'colou?r', 'color colour colr'), re.findall(r'<.*?>', '<a><b></b>'), re.findall(r'<.*>', '<a><b></b>'))
# expect: ['Hello', 'HELLO', 'hello'] ['color', 'colour'] ['<a>', '<b>', '</b>'] ['<a><b></b>']
print(re.search(r'(\w)\1', 'abccd').group(), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group(), re.findall(r'\bcat\b', 'cat concat cat.'))
# expect: cc "hi" ['cat', 'cat']
print(re.findall(r'\d+(?=px)', '10px 20em 30px'), re.findall(r'(?<=\$)\d+', 'cost $15 and $200'), re.findall(r'\b(?!un)\w+', 'undo redo unwind wind'), re.sub(r'(?<!\d)(\d)(?!\d)', r'0\1', '1 22 3'))
# expect: ['10', '30'] ['15', '200'] ['redo', 'wind'] 01 22 03
print(re.escape('a.b*c?(d)'), re.compile(r'''
    (\d+)   # number
    \s*     # space
    (\w+)   # unit
''', re.X).findall('10 kg 20m'))
# expect: a\.b\*c\?\(d\) [('10', 'kg'), ('20', 'm')]
print(re.findall(r'(a)|b', 'ab'), re.findall(r'(a)(b)?', 'a ab'), re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex)
# expect: ['a', ''] [('a', ''), ('a', 'b')] (None, 'b') 2
print(re.sub(r'(?P<word>\w+)', r'[\g<word>]', 'hi there', count=1), re.subn(r'o', '0', 'foo boo'), re.sub('a', '\\n', 'xa'))
# expect: [hi] there ('f00 b00', 4) x
# expect: 
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\n'))
# expect: ['one', 'two', 'three'] ['one', 'two', 'three'] ['two']
print(re.match(r'(?:ab)+', 'ababab').group(), re.match(r'(ab)+', 'ababx').group(1), re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group(), re.match(r'(?>a+)b', 'aaab'), re.match(r'a++a', 'aaa'))
# expect: ababab ab aaa aa <re.Match object; span=(0, 4), match='aaab'> None
print(re.findall(r'[^aeiou\s]+', 'hello world'), re.findall(r'[\d-]+', 'a1-2b3'), re.findall(r'[a\-z]', 'a-z b'), re.findall(r'[]a]', ']a'), re.search(r'\D+', '12ab34').group(), re.findall(r'\S+', ' a  b '))
# expect: ['h', 'll', 'w', 'rld'] ['1-2', '3'] ['a', '-', 'z'] [']', 'a'] ab ['a', 'b']
try: re.match(r'(?(1)a|b)', 'b')
except re.error as e: print(e)  # expect: invalid group reference 1 at position 3
print(re.match(r'(x)?(?(1)a|b)', 'xa').group(), re.sub(r'^', '> ', 'a\nb', flags=re.M), bool(re.match('', '')), re.compile(r'\d').search('ab3', 1, 3))
# expect: xa > a
# expect: > b True <re.Match object; span=(2, 3), match='3'>
print([m.span() for m in re.finditer(r'\w+', 'hi you all')], re.compile('o').findall('foo boo', 2, 6), re.search(r'é+', 'caféé'), re.findall(r'\w+', 'naïve café'))
# expect: [(0, 2), (3, 6), (7, 10)] ['o', 'o'] <re.Match object; span=(3, 5), match='éé'> ['naïve', 'café']
print(re.findall(rb'\d+', b'a1b22'), re.sub(rb'a', b'x', b'banana'), re.match(rb'(b)', b'b').group(1), re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
# expect: [b'1', b'22'] b'bxnxnx' b'b' ['Words', 'words', 'words', ''] ['Words', ', ', 'words', ', ', 'words', '.', '']
