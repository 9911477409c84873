# Sorting: ints, tuples, strings, with and without key functions.
def main():
    x = 42
    nums = []
    for _ in range(60_000):
        x = (x * 1103515245 + 12345) % 2147483648
        nums.append(x % 100_000)
    checksum = 0
    for round_ in range(14):
        a = sorted(nums)
        b = sorted(nums, key=lambda v: -v)
        pairs = [(v % 100, v) for v in nums[:20_000]]
        pairs.sort()
        words = [str(v) for v in nums[:20_000]]
        words.sort(key=len)
        checksum += a[round_] + b[round_] + pairs[round_][1] + len(words[-1])
    print("sorting", checksum)


main()
