# A mail merge with string.Template and safe_substitute for missing fields.
from string import Template

letter = Template("Dear $name,\nyour order #${order} of $count item(s) ships on $date.\n-- $$hop team")
customers = [
    {"name": "Ann", "order": 1041, "count": 3, "date": "Monday"},
    {"name": "Bob", "order": 1042, "count": 1},
]
for customer in customers:
    try:
        print(letter.substitute(customer))
    except KeyError as missing:
        print(f"[missing {missing}]")
        print(letter.safe_substitute(customer))
# expect: Dear Ann,
# expect: your order #1041 of 3 item(s) ships on Monday.
# expect: -- $hop team
# expect: [missing 'date']
# expect: Dear Bob,
# expect: your order #1042 of 1 item(s) ships on $date.
# expect: -- $hop team
print(letter.get_identifiers())  # expect: ['name', 'order', 'count', 'date']
