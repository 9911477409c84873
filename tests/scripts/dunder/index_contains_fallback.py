# in falls back to __iter__ when there is no __contains__.
class Evens:
    def __iter__(self):
        print("iterating")
        return iter([0, 2, 4])
print(2 in Evens(), 3 in Evens())
# expect: iterating
# expect: iterating
# expect: True False
