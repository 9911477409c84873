# copy.copy and copy.deepcopy of containers and instances.
import copy

nested = [[1, 2], {"k": [3]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
nested[1]["k"].append(4)
print(shallow, deep, shallow[0] is nested[0], deep[0] is nested[0])
# expect: [[1, 2, 99], {'k': [3, 4]}] [[1, 2], {'k': [3]}] True False

class Player:
    def __init__(self, name, inventory):
        self.name = name
        self.inventory = inventory

hero = Player("hero", ["sword"])
clone = copy.deepcopy(hero)
twin = copy.copy(hero)
hero.inventory.append("shield")
print(clone.inventory, twin.inventory, type(clone).__name__, clone is not hero)
# expect: ['sword'] ['sword', 'shield'] Player True

shared = [1]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1])  # expect: True

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v * 10)
    def __deepcopy__(self, memo):
        return Custom(-self.v)

print(copy.copy(Custom(2)).v, copy.deepcopy(Custom(2)).v, copy.copy((1, 2)), copy.deepcopy({1, 2}) == {1, 2})
# expect: 20 -2 (1, 2) True
