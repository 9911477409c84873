# Iterating over a copy while changing the original.
nums = [1, 2, 3, 4, 5, 6]
for n in nums.copy():
    if n % 2 == 0:
        nums.remove(n)
print(nums)  # expect: [1, 3, 5]
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
