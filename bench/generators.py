# Generator pipelines: chained generators, generator expressions, yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(it, k):
    for v in it:
        yield v * k


def odd_only(it):
    for v in it:
        if v & 1:
            yield v


def chunks(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks_):
    for c in chunks_:
        yield from c


def main():
    total = 0
    for round_ in range(28):
        pipeline = flatten(chunks(odd_only(scaled(numbers(300_000), 3 + round_)), 64))
        total += sum(v % 1009 for v in pipeline)
    print("generators", total)


main()
