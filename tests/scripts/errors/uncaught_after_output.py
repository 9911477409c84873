# Output printed before the error is kept.
for i in range(3):
    print("line", i)
# expect: line 0
# expect: line 1
# expect: line 2
[].pop()
# expect error: IndexError: pop from empty list
