# __str__ used by print and str(); __format__ used by format and f-strings.
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c} C"
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32} F"
        return str(self)
t = Temp(100)
print(t)  # expect: 100 C
print(f"{t}")  # expect: 100 C
print(f"{t:f}")  # expect: 212.0 F
print(format(t, "f"), str(t))  # expect: 212.0 F 100 C
