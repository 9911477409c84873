# send() resumes a generator and delivers a value to the paused yield.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(acc.send(None))  # expect: 0
print(acc.send(5))  # expect: 5
print(acc.send(10))  # expect: 15
try:
    acc.send(None)
except StopIteration:
    print("finished")  # expect: finished
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started generator
