# The as target receives __enter__'s return value, not the manager.
class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self
    def __exit__(self, *a):
        self.events.append("stop")
with Timer() as t:
    t.events.append("work")
print(t.events)  # expect: ['start', 'work', 'stop']
class Other:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        pass
with Other() as v:
    print(v)  # expect: 42
