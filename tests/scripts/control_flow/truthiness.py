# Truth values of built-in objects and objects with __bool__/__len__.
values = [0, 1, -1, 0.0, 0.5, "", "x", [], [0], (), {}, {0: 0}, set(), None, range(0), range(1)]
print([bool(v) for v in values])
# expect: [False, True, True, False, True, False, True, False, True, False, False, True, False, False, False, True]
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(Falsy()), bool(Plain()))  # expect: False False True
if not Empty():
    print("empty is falsy")  # expect: empty is falsy
