# Methods can close over function variables; class bodies are not enclosing scopes.
def make_class(greeting):
    class Greeter:
        def hello(self, who):
            return greeting + ", " + who
    return Greeter
G = make_class("hi")
print(G().hello("you"))  # expect: hi, you
x = "global"
class C:
    x = "class"
    def get(self):
        return x
print(C().get())  # expect: global
