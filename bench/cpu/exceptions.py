# Raising and catching exceptions, with statements and try/finally.
class Resource:
    def __init__(self):
        self.opened = 0

    def __enter__(self):
        self.opened += 1
        return self

    def __exit__(self, *exc):
        self.opened -= 1
        return False


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def main():
    res = Resource()
    total = 0
    values = [str(i) if i % 3 else "x%d" % i for i in range(1000)]
    for _ in range(600):
        for v in values:
            total += parse(v)
            with res:
                try:
                    if len(v) > 2:
                        raise KeyError(v)
                except KeyError:
                    total += 1
                finally:
                    total += 2
    print("exceptions", total, res.opened)


main()
