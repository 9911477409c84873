# Alignment and width specs.
s = "ab"
print(f"[{s:>10}]")  # expect: [        ab]
print(f"[{s:<10}]")  # expect: [ab        ]
print(f"[{s:^10}]")  # expect: [    ab    ]
print(f"[{s:*^9}]")  # expect: [***ab****]
print(f"[{42:>6}]")  # expect: [    42]
print(f"[{42:<6}]")  # expect: [42    ]
print(f"[{-42:=8}]")  # expect: [-     42]
print(f"[{'x':_<4}]")  # expect: [x___]
