# A lending library: loans with due dates, late fees, grouping and overdue reports.
from collections import defaultdict
from datetime import date, timedelta
from itertools import groupby

LOAN_DAYS = 14
FEE_PER_DAY = 0.25


class Loan:
    def __init__(self, member, title, borrowed):
        self.member = member
        self.title = title
        self.borrowed = borrowed
        self.returned = None

    @property
    def due(self):
        return self.borrowed + timedelta(days=LOAN_DAYS)

    def fee(self, today):
        end = self.returned or today
        late = (end - self.due).days
        return max(0, late) * FEE_PER_DAY

    def __repr__(self):
        return f"<{self.member}: {self.title} due {self.due:%d %b}>"


loans = [
    Loan("ann", "Dune", date(2025, 1, 2)),
    Loan("bob", "Emma", date(2025, 1, 5)),
    Loan("ann", "Ulysses", date(2025, 1, 20)),
    Loan("cy", "Beloved", date(2024, 12, 28)),
    Loan("bob", "Walden", date(2025, 2, 1)),
]
loans[1].returned = date(2025, 1, 18)
loans[3].returned = date(2025, 1, 30)
today = date(2025, 2, 10)

for loan in loans:
    status = f"returned {loan.returned.isoformat()}" if loan.returned else "out"
    print(f"{loan.member:<4}{loan.title:<9}{loan.borrowed:%Y-%m-%d} due {loan.due}  {status:<20} fee {loan.fee(today):.2f}")
# expect: ann Dune     2025-01-02 due 2025-01-16  out                  fee 6.25
# expect: bob Emma     2025-01-05 due 2025-01-19  returned 2025-01-18  fee 0.00
# expect: ann Ulysses  2025-01-20 due 2025-02-03  out                  fee 1.75
# expect: cy  Beloved  2024-12-28 due 2025-01-11  returned 2025-01-30  fee 4.75
# expect: bob Walden   2025-02-01 due 2025-02-15  out                  fee 0.00

fees = defaultdict(float)
for loan in loans:
    fees[loan.member] += loan.fee(today)
print({member: round(total, 2) for member, total in sorted(fees.items())})
# expect: {'ann': 8.0, 'bob': 0.0, 'cy': 4.75}
overdue = [l for l in loans if not l.returned and l.due < today]
print("overdue:", overdue, "oldest:", min(overdue, key=lambda l: l.due).title)
# expect: overdue: [<ann: Dune due 16 Jan>, <ann: Ulysses due 03 Feb>] oldest: Dune
for member, group in groupby(sorted(loans, key=lambda l: l.member), key=lambda l: l.member):
    titles = [l.title for l in group]
    print(member, len(titles), titles)
# expect: ann 2 ['Dune', 'Ulysses']
# expect: bob 2 ['Emma', 'Walden']
# expect: cy 1 ['Beloved']
busiest = max(range(7), key=lambda d: sum(1 for l in loans if l.borrowed.weekday() == d))
print("busiest weekday:", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][busiest])
# expect: busiest weekday: Sat
