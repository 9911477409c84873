# String work: concatenation, join, split, replace, f-strings.
def main():
    checksum = 0
    for round_ in range(180):
        parts = []
        for i in range(8_000):
            parts.append(f"item{i}:{i * round_ % 97:03d}")
        line = ",".join(parts)
        fields = line.split(",")
        s = ""
        for f in fields[:2000]:
            s += f.upper()[-4:]
        text = line.replace("item", "x")
        checksum += len(fields) + len(s) + len(text) + text.count("x1") + sum(map(ord, s[::97]))
        checksum %= 1_000_000_007
    print("str_ops", checksum)


main()
