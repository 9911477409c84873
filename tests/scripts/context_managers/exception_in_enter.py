# If __enter__ raises, __exit__ is not called.
class Broken:
    def __enter__(self):
        raise ValueError("cannot enter")
    def __exit__(self, *a):
        print("exit never runs")
try:
    with Broken():
        print("body never runs")
except ValueError as e:
    print(e)  # expect: cannot enter
