# Scaling a recipe exactly with fractions, then printing kitchen-friendly amounts.
from collections import namedtuple
from fractions import Fraction

Ingredient = namedtuple("Ingredient", "name amount unit")

RECIPE = [
    Ingredient("flour", Fraction(9, 4), "cup"),
    Ingredient("sugar", Fraction(2, 3), "cup"),
    Ingredient("butter", Fraction(1, 2), "cup"),
    Ingredient("eggs", Fraction(2), ""),
    Ingredient("vanilla", Fraction(3, 2), "tsp"),
    Ingredient("salt", Fraction(1, 8), "tsp"),
]


def kitchen(amount):
    whole, part = divmod(amount, 1)
    part = part.limit_denominator(8)
    if part == 0:
        return str(whole)
    if whole == 0:
        return f"{part.numerator}/{part.denominator}"
    return f"{whole} {part.numerator}/{part.denominator}"


def scale(recipe, servings_from, servings_to):
    factor = Fraction(servings_to, servings_from)
    return [item._replace(amount=item.amount * factor) for item in recipe]


for servings in (12, 6, 18, 5):
    scaled = scale(RECIPE, 12, servings)
    parts = [f"{kitchen(i.amount)} {i.unit} {i.name}".replace("  ", " ") for i in scaled]
    print(f"{servings:>2} servings: " + "; ".join(parts))
# expect: 12 servings: 2 1/4 cup flour; 2/3 cup sugar; 1/2 cup butter; 2 eggs; 1 1/2 tsp vanilla; 1/8 tsp salt
# expect:  6 servings: 1 1/8 cup flour; 1/3 cup sugar; 1/4 cup butter; 1 eggs; 3/4 tsp vanilla; 0 tsp salt
# expect: 18 servings: 3 3/8 cup flour; 1 cup sugar; 3/4 cup butter; 3 eggs; 2 1/4 tsp vanilla; 1/5 tsp salt
# expect:  5 servings: 1/1 cup flour; 2/7 cup sugar; 1/5 cup butter; 5/6 eggs; 5/8 tsp vanilla; 0 tsp salt
total_cups = sum(i.amount for i in RECIPE if i.unit == "cup")
print("cups in the original:", total_cups, float(total_cups), RECIPE[0]._asdict())
# expect: cups in the original: 41/12 3.4166666666666665 {'name': 'flour', 'amount': Fraction(9, 4), 'unit': 'cup'}
