# dir(cls) lists the class and its bases, never the metaclass (dir(int) has no "mro").
class A:
    x = 1
    def f(self): pass
class B(A):
    y = 2
print([n for n in dir(B) if not n.startswith('__')], 'mro' in dir(int), dir(B) == sorted(dir(B)))
# expect: ['f', 'x', 'y'] False True
class M(type):
    def meta(cls): pass
class C(metaclass=M):
    z = 3
print([n for n in dir(C) if not n.startswith('__')], 'meta' in dir(C), 'meta' in dir(M))
# expect: ['z'] False True
