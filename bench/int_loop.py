# Integer arithmetic in a tight while loop (a linear congruential generator).
def main():
    x = 12345
    acc = 0
    i = 0
    while i < 3_000_000:
        x = (x * 1103515245 + 12345) % 2147483648
        acc = (acc + (x >> 7) - (i & 255)) % 1000000007
        i += 1
    print("int_loop", acc)


main()
