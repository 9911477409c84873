# csv: reader state machine, quoting rules, DictReader/DictWriter, errors.
import csv, io
s = io.StringIO()
w = csv.writer(s)
w.writerow(['a', 'b,c', 'd"e', 1, 2.5, None, 'line\nbreak', ''])
w.writerows([[1,2],[3,4]])
print(repr(s.getvalue()))  # expect: 'a,"b,c","d""e",1,2.5,,"line\nbreak",\r\n1,2\r\n3,4\r\n'
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC); w.writerow(['x', 1, 2.5, None]); print(repr(s.getvalue()))
# expect: '"x",1,2.5,""\r\n'
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator='\n', delimiter=';'); w.writerow(['x', 1]); print(repr(s.getvalue()))
# expect: '"x";"1"\n'
print(list(csv.reader(['a,b,"c,d"', ' x , "y""z",', '', '1,"multi', 'line",2'])))
# expect: [['a', 'b', 'c,d'], [' x ', ' "y""z"', ''], [], ['1', 'multiline', '2']]
print(list(csv.reader(io.StringIO('a;b\n1;2\n'), delimiter=';')))
# expect: [['a', 'b'], ['1', '2']]
print(list(csv.reader(['1, 2, "3"'], skipinitialspace=True)))  # expect: [['1', '2', '3']]
r = csv.DictReader(io.StringIO('name,age\nann,30\nbob,25,extra\ncy\n'))
print(r.fieldnames, [dict(x) for x in r])
# expect: ['name', 'age'] [{'name': 'ann', 'age': '30'}, {'name': 'bob', 'age': '25', None: ['extra']}, {'name': 'cy', 'age': None}]
s = io.StringIO(); dw = csv.DictWriter(s, fieldnames=['n','a']); dw.writeheader(); dw.writerow({'n':'x','a':1}); print(repr(s.getvalue()))
# expect: 'n,a\r\nx,1\r\n'
try: dw.writerow({'n': 1, 'zz': 2})
except ValueError as e: print(e)  # expect: dict contains fields not in fieldnames: 'zz'
print(list(csv.reader(['a,"b'])), list(csv.reader(['a,b"c"d'])))
# expect: [['a', 'b']] [['a', 'b"c"d']]
print(csv.list_dialects(), csv.excel.delimiter, repr(csv.excel.lineterminator))
# expect: ['excel', 'excel-tab', 'unix'] , '\r\n'
s = io.StringIO(); w = csv.writer(s); print(w.writerow([' x', 'y ', '', 'a\tb']), w.writerow(['']), w.writerow([]), repr(s.getvalue()))
# expect: 12 4 2 ' x,y ,,a\tb\r\n""\r\n\r\n'
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a,b', 'c"d']); print(repr(s.getvalue()))
# expect: 'a\\,b,c\\"d\r\n'
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_NOTNULL); w.writerow(['a', None, 1]); print(repr(s.getvalue()))
# expect: '"a",,"1"\r\n'
s = io.StringIO(); w = csv.writer(s, quoting=csv.QUOTE_STRINGS); w.writerow(['a', None, 1, 2.5]); print(repr(s.getvalue()))
# expect: '"a",,1,2.5\r\n'
print(list(csv.reader(['"a",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['"a",,2'], quoting=csv.QUOTE_STRINGS)), list(csv.reader(['"a",,2'], quoting=csv.QUOTE_NOTNULL)))
# expect: [['a', 1.0, 2.5]] [['a', None, 2.0]] [['a', None, '2']]
try: list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e: print(e)  # expect: ',' expected after '"'
try: list(csv.reader(['a\rb']))
except csv.Error as e: print(e)
                       # expect: new-line character seen in unquoted field - do you need to open the file with newline=''?
try: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e: print(e)  # expect: need to escape, but no escapechar set
r = csv.reader(['a,b', 'c,d']); next(r); print(r.line_num, r.dialect.delimiter)  # expect: 1 ,
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
# expect: 0 1 2 3 4 5
print(list(csv.reader(io.StringIO('x,y\r\n"1\r\n2",3\r\n'))))
# expect: [['x', 'y'], ['1\r\n2', '3']]
