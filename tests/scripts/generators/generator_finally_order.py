# Breaking out of a for loop over a generator leaves it suspended until closed.
def g():
    try:
        for i in range(5):
            yield i
    finally:
        print("generator finally")
gen = g()
for v in gen:
    print(v)
    if v == 1:
        break
# expect: 0
# expect: 1
print("after break")  # expect: after break
gen.close()  # expect: generator finally
print("after close")  # expect: after close
