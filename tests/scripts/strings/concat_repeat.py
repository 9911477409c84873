# Concatenation, repetition, membership.
s = "ab" + "cd"
print(s)  # expect: abcd
print(s * 3)  # expect: abcdabcdabcd
print(3 * "-")  # expect: ---
print("" * 5 == "")  # expect: True
print("bc" in s, "x" not in s, "" in s)  # expect: True True True
print(len(s * 0))  # expect: 0
