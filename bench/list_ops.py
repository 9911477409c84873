# List work: append, index, sort, slicing and comprehensions.
def main():
    checksum = 0
    for round_ in range(50):
        data = []
        x = round_ + 1
        for _ in range(40_000):
            x = (x * 48271) % 2147483647
            data.append(x % 100_000)
        squares = [v * v % 997 for v in data if v % 3]
        data.sort()
        checksum += data[len(data) // 2] + sum(squares[::7])
        checksum += data.index(data[100]) + len(data[10:-10])
        data.reverse()
        checksum = (checksum + data[0] - data.pop()) % 1_000_000_007
    print("list_ops", checksum)


main()
