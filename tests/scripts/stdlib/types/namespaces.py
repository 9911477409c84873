# types: SimpleNamespace, MappingProxyType, the type names, new_class.
import types

config = types.SimpleNamespace(host="localhost", port=8080)
config.debug = True
print(config, config.port, config == types.SimpleNamespace(host="localhost", port=8080, debug=True))
# expect: namespace(host='localhost', port=8080, debug=True) 8080 True
frozen = types.MappingProxyType({"a": 1})
print(frozen["a"], list(frozen), "a" in frozen, len(frozen))  # expect: 1 ['a'] True 1
try:
    frozen["b"] = 2
except TypeError as e:
    print(e)  # expect: 'mappingproxy' object does not support item assignment

def f():
    yield 1

print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
# expect: True True True
print(isinstance(types, types.ModuleType), types.NoneType, isinstance(types.SimpleNamespace().__eq__, types.FunctionType))
# expect: True <class 'NoneType'> False
Point = types.new_class("Point", (), {}, lambda ns: ns.update(x=0, describe=lambda self: f"x={self.x}"))
print(Point.__name__, Point().describe())  # expect: Point x=0
