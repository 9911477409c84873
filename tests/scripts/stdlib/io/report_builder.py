# Building a report in a StringIO with print(file=...), then reading it back line by line.
import io

out = io.StringIO()
rows = [("apples", 3, 0.5), ("pears", 12, 0.35), ("kiwis", 7, 0.2)]
print(f"{'item':<8}{'qty':>4}{'price':>7}", file=out)
for item, qty, price in rows:
    print(f"{item:<8}{qty:>4}{price:>7.2f}", file=out)
print(f"{'total':<8}{sum(q for _, q, _ in rows):>4}{sum(q * p for _, q, p in rows):>7.2f}", file=out)
text = out.getvalue()
print(text, end="")
# expect: item     qty  price
# expect: apples     3   0.50
# expect: pears     12   0.35
# expect: kiwis      7   0.20
# expect: total     22   7.10
for number, line in enumerate(io.StringIO(text), start=1):
    if "pears" in line:
        print("found on line", number, repr(line))
# expect: found on line 3 'pears     12   0.35\n'
print(len(text.splitlines()), out.tell() == len(text))  # expect: 5 True
