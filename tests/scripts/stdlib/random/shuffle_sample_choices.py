# shuffle, sample (both strategies) and choices (plain, weighted, cumulative).
import random

random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print(deck)  # expect: [6, 0, 9, 8, 3, 5, 1, 4, 2, 7]
print(random.sample(range(100), 5))  # expect: [81, 94, 63, 45, 53]
print(random.sample(range(1000), 30))  # large population: picks indices, redraws repeats
# expect: [539, 745, 630, 986, 223, 316, 556, 720, 338, 531, 76, 748, 792, 887, 211, 705, 770, 479, 946, 726, 851, 892, 668, 151, 544, 217, 888, 421, 59, 789]
print(random.sample(["red", "blue"], counts=[3, 2], k=4))  # expect: ['red', 'blue', 'red', 'red']
print(random.choices("abc", k=6))  # expect: ['c', 'a', 'a', 'a', 'c', 'a']
print(random.choices(["win", "lose"], weights=[1, 9], k=8))
# expect: ['lose', 'lose', 'lose', 'lose', 'lose', 'lose', 'lose', 'lose']
print(random.choices("xyz", cum_weights=[1, 5, 6], k=5))  # expect: ['y', 'y', 'y', 'y', 'y']
