# while ... else: else runs when the loop ends without break.
n = 0
while n < 3:
    n += 1
else:
    print("done, n =", n)
# expect: done, n = 3
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("not printed")
print("broke at", n)  # expect: broke at 5
