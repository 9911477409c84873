# __exit__ runs when leaving by return, break or continue.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")
def f():
    with CM():
        return "returned"
print(f())
# expect: enter
# expect: exit
# expect: returned
for i in range(2):
    with CM():
        if i == 0:
            continue
        break
# expect: enter
# expect: exit
# expect: enter
# expect: exit
print("loop done")  # expect: loop done
