# Class attributes are shared until an instance shadows them.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.count)  # expect: canis canis 2
a.species = "wolf"
print(a.species, b.species, Dog.species)  # expect: wolf canis canis
Dog.species = "dog"
print(a.species, b.species)  # expect: wolf dog
