# Generators chained into a pipeline.
def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(squares(numbers(10)))))  # expect: [0, 4, 16, 36, 64]
print(sum(evens(squares(numbers(1000)))))  # expect: 166167000
