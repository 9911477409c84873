# Keywords in a class statement reach the metaclass and __init_subclass__; object.__init_subclass__
# rejects the ones nobody consumed.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(Plugin.registry)  # expect: {'alpha': <class '__main__.A'>, 'B': <class '__main__.B'>}
try:
    class C(object, bad=1): pass
except TypeError as e: print(e)  # expect: C.__init_subclass__() takes no keyword arguments
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta kw", kw)
        return super().__new__(m, name, bases, ns, **kw)
class D(metaclass=Meta, flag=True):
    def __init_subclass__(cls, **kw): print("never for D itself")
# expect: meta kw {'flag': True}
class E(D, flag=False): pass
# expect error: TypeError: D.__init_subclass__() takes no keyword arguments
