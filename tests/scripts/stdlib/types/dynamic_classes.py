# SimpleNamespace as a lightweight record; MappingProxyType as a read-only config.
from types import SimpleNamespace, MappingProxyType

points = [SimpleNamespace(x=i, y=i * i) for i in range(4)]
print(points[2], [p.y for p in points if p.x % 2])  # expect: namespace(x=2, y=4) [1, 9]
p = points[0]
p.label = "origin"
del p.y
print(p, vars(p))  # expect: namespace(x=0, label='origin') {'x': 0, 'label': 'origin'}
DEFAULTS = MappingProxyType({"retries": 3, "timeout": 1.5})
settings = dict(DEFAULTS, timeout=5)
print(DEFAULTS, settings, DEFAULTS.get("retries"), len(DEFAULTS))
# expect: {'retries': 3, 'timeout': 1.5} {'retries': 3, 'timeout': 5} 3 2
try:
    DEFAULTS["retries"] = 10
except TypeError as e:
    print(e)  # expect: 'mappingproxy' object does not support item assignment
