# The class statement runs its body once; names become attributes.
print("before class")  # expect: before class
class K:
    print("in class body")
    x = 10
    def method(self):
        return "m"
    y = x * 2
# expect: in class body
print("after class")  # expect: after class
print(K.x, K.y, K().method(), K.__name__)  # expect: 10 20 m K
print(hasattr(K, "method"), "x" in K.__dict__)  # expect: True True
