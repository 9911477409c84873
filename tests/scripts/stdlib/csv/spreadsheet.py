# A sales sheet from CSV text: DictReader, totals per region, DictWriter output.
import csv
import io
from collections import defaultdict

DATA = """region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,5,10.00
east,"widget, large",7,4.25
south,widget,9,2.50
"""

totals = defaultdict(float)
rows = list(csv.DictReader(io.StringIO(DATA)))
for row in rows:
    totals[row["region"]] += int(row["units"]) * float(row["price"])
print(rows[3])
# expect: {'region': 'east', 'product': 'widget, large', 'units': '7', 'price': '4.25'}
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["region", "revenue"], lineterminator="\n")
writer.writeheader()
for region in sorted(totals):
    writer.writerow({"region": region, "revenue": f"{totals[region]:.2f}"})
print(out.getvalue(), end="")
# expect: region,revenue
# expect: east,29.75
# expect: north,80.00
# expect: south,52.50
