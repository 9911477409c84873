# default=, JSONEncoder subclasses, object_hook, dump/load with in-memory files.
import io
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))  # expect: {"x": 1, "y": 2}
print(json.dumps({"p": Point(3, 4)}, default=vars, indent=1))
# expect: {
# expect:  "p": {
# expect:   "x": 3,
# expect:   "y": 4
# expect:  }
# expect: }

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"tags": {3, 1, 2}}, cls=SetEncoder))  # expect: {"tags": [1, 2, 3]}

def as_point(d):
    return Point(d["x"], d["y"]) if set(d) == {"x", "y"} else d

p = json.loads('{"x": 5, "y": 6}', object_hook=as_point)
print(type(p).__name__, p.x, p.y)  # expect: Point 5 6
buffer = io.StringIO()
json.dump({"saved": [1, 2, 3]}, buffer, indent=2)
print(buffer.getvalue())
# expect: {
# expect:   "saved": [
# expect:     1,
# expect:     2,
# expect:     3
# expect:   ]
# expect: }
buffer.seek(0)
print(json.load(buffer))  # expect: {'saved': [1, 2, 3]}
