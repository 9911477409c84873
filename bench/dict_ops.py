# Dict work: insert, lookup, update, get, items iteration, deletion.
def main():
    checksum = 0
    for round_ in range(48):
        counts = {}
        x = round_ + 7
        for _ in range(60_000):
            x = (x * 16807) % 2147483647
            key = x % 5000
            counts[key] = counts.get(key, 0) + 1
        names = {}
        for k, v in counts.items():
            names["k" + str(k)] = v
        total = 0
        for i in range(0, 5000, 3):
            total += names.get("k" + str(i), 0)
        for k in list(counts):
            if k % 2:
                del counts[k]
        merged = dict(counts)
        merged.update({k: 1 for k in range(100)})
        checksum = (checksum + total + len(merged) + sum(merged.values())) % 1_000_000_007
    print("dict_ops", checksum)


main()
