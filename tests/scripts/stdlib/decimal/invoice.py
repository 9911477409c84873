# An invoice with Decimal money: line totals, tax rounded half-up, a discount, totals.
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")
lines = [("notebook", 3, "2.49"), ("pen", 10, "0.99"), ("backpack", 1, "34.95")]
subtotal = Decimal(0)
for name, qty, price in lines:
    total = qty * Decimal(price)
    subtotal += total
    print(f"{name:<10}{qty:>3} x {Decimal(price):>6} = {total:>7}")
# expect: notebook    3 x   2.49 =    7.47
# expect: pen        10 x   0.99 =    9.90
# expect: backpack    1 x  34.95 =   34.95
discount = (subtotal * Decimal("0.05")).quantize(CENT, rounding=ROUND_HALF_UP)
tax = ((subtotal - discount) * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
grand = subtotal - discount + tax
print(f"subtotal {subtotal:>10}\ndiscount {-discount:>10}\ntax      {tax:>10}\ntotal    {grand:>10}")
# expect: subtotal      52.32
# expect: discount      -2.62
# expect: tax            4.10
# expect: total         53.80
print(grand == Decimal("51.57") + Decimal("0.00"), repr(grand), float(grand), sum(Decimal(p) for _, _, p in lines))
# expect: False Decimal('53.80') 53.8 38.43
split = (grand / 3).quantize(CENT)
print(split, split * 3, grand - split * 3)  # expect: 17.93 53.79 0.01
