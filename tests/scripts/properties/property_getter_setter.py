# @property with a setter validating input.
class Temperature:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)  # expect: 25 77.0
t.celsius = 100
print(t.fahrenheit)  # expect: 212.0
try:
    t.celsius = -300
except ValueError as e:
    print(e)  # expect: below absolute zero
try:
    t.fahrenheit = 0
except AttributeError as e:
    print(e)  # expect: property 'fahrenheit' of 'Temperature' object has no setter
