# io.StringIO and io.BytesIO.
import io

buf = io.StringIO()
buf.write("hello\n")
print("world", file=buf)
print(repr(buf.getvalue()), buf.tell())  # expect: 'hello\nworld\n' 12
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()))  # expect: 'hello\n' 'world\n'
reader = io.StringIO("a\nb\nc")
print([line.rstrip() for line in reader])  # expect: ['a', 'b', 'c']
reader = io.StringIO("one\ntwo\n")
print(reader.readlines(), repr(reader.read()))  # expect: ['one\n', 'two\n'] ''
with io.StringIO("x") as f:
    print(f.read(), f.closed)  # expect: x False
print(f.closed)  # expect: True
try:
    f.read()
except ValueError as e:
    print(e)  # expect: I/O operation on closed file
b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), b.tell())  # expect: b'abcdef' 6
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)  # expect: string argument expected, got 'int'
