# List, dict and set comprehensions, nested, with conditions.
def main():
    checksum = 0
    for r in range(120):
        squares = [i * i for i in range(20_000)]
        evens = [s for s in squares if s % 2 == 0]
        index = {i: s for i, s in enumerate(evens)}
        residues = {s % 1013 for s in squares}
        grid = [[x * y for x in range(40)] for y in range(40)]
        flat = [v for row in grid for v in row if v > r]
        checksum += len(evens) + len(index) + len(residues) + sum(flat) % 1000
    print("comprehensions", checksum)


main()
