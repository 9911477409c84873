# An inventory kept as dataclasses and saved to / loaded from JSON.
import json
from dataclasses import dataclass, field, asdict


@dataclass
class Item:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return round(self.price * self.quantity, 2)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def restock(self, sku, amount):
        self.items[sku].quantity += amount

    def sell(self, sku, amount):
        item = self.items[sku]
        if amount > item.quantity:
            raise ValueError(f"only {item.quantity} {item.name} left")
        item.quantity -= amount
        return round(amount * item.price, 2)

    def to_json(self):
        return json.dumps({"items": [asdict(i) for i in self.items.values()]}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        inventory = cls()
        for data in json.loads(text)["items"]:
            inventory.add(Item(**data))
        return inventory


shop = Inventory()
shop.add(Item("A1", "apple", 0.5, 100, ["fruit"]))
shop.add(Item("B2", "bread", 2.25, 10, ["bakery"]))
shop.add(Item("C3", "cheese", 7.8, 3, ["dairy", "fridge"]))
print(shop.sell("A1", 12), shop.sell("C3", 2))  # expect: 6.0 15.6
shop.restock("B2", 5)
try:
    shop.sell("C3", 5)
except ValueError as e:
    print("cannot sell:", e)  # expect: cannot sell: only 1 cheese left
try:
    shop.add(Item("A1", "apricot", 1.0))
except KeyError as e:
    print("cannot add:", e)  # expect: cannot add: 'duplicate sku A1'
saved = shop.to_json()
print(saved)
# expect: {
# expect:   "items": [
# expect:     {
# expect:       "name": "apple",
# expect:       "price": 0.5,
# expect:       "quantity": 88,
# expect:       "sku": "A1",
# expect:       "tags": [
# expect:         "fruit"
# expect:       ]
# expect:     },
# expect:     {
# expect:       "name": "bread",
# expect:       "price": 2.25,
# expect:       "quantity": 15,
# expect:       "sku": "B2",
# expect:       "tags": [
# expect:         "bakery"
# expect:       ]
# expect:     },
# expect:     {
# expect:       "name": "cheese",
# expect:       "price": 7.8,
# expect:       "quantity": 1,
# expect:       "sku": "C3",
# expect:       "tags": [
# expect:         "dairy",
# expect:         "fridge"
# expect:       ]
# expect:     }
# expect:   ]
# expect: }
loaded = Inventory.from_json(saved)
print(loaded == shop, loaded.items["B2"])
# expect: True Item(sku='B2', name='bread', price=2.25, quantity=15, tags=['bakery'])
total = sum(i.value for i in loaded.items.values())
print(f"stock value: {total:.2f}")  # expect: stock value: 85.55
for item in sorted(loaded.items.values(), key=lambda i: i.value, reverse=True):
    print(f"{item.name:<8}{item.quantity:>4} x {item.price:>5.2f} = {item.value:>7.2f}  {','.join(item.tags)}")
# expect: apple     88 x  0.50 =   44.00  fruit
# expect: bread     15 x  2.25 =   33.75  bakery
# expect: cheese     1 x  7.80 =    7.80  dairy,fridge
