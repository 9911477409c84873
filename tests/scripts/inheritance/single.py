# Method lookup walks up the class hierarchy.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def kind(self):
        return "animal"
class Dog(Animal):
    def speak(self):
        return self.name + " barks"
d = Dog("rex")
print(d.speak(), d.kind())  # expect: rex barks animal
print(isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))
# expect: True True False
print(Dog.__bases__[0].__name__)  # expect: Animal
