# A tiny round-robin scheduler over coroutines.
class Yield:
    def __await__(self):
        yield
async def task(name, n):
    for i in range(n):
        print(name, i)
        await Yield()
    return name
def run(coros):
    queue = list(coros)
    results = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("A", 3), task("B", 1), task("C", 2)]))
# expect: A 0
# expect: B 0
# expect: C 0
# expect: A 1
# expect: C 1
# expect: A 2
# expect: ['B', 'C', 'A']
