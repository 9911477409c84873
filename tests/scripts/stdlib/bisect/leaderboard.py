# A leaderboard kept sorted with insort, ranks found with bisect.
import bisect

scores = []
names = []
for name, score in [("ann", 70), ("bob", 95), ("cy", 82), ("dee", 70), ("eve", 88)]:
    position = bisect.bisect(scores, score)
    scores.insert(position, score)
    names.insert(position, name)
print(list(zip(names, scores)))
# expect: [('ann', 70), ('dee', 70), ('cy', 82), ('eve', 88), ('bob', 95)]
for probe in [60, 70, 85, 100]:
    below = bisect.bisect_left(scores, probe)
    print(f"{probe}: {below} scores below, {len(scores) - bisect.bisect_right(scores, probe)} above")
# expect: 60: 0 scores below, 5 above
# expect: 70: 0 scores below, 3 above
# expect: 85: 3 scores below, 2 above
# expect: 100: 5 scores below, 0 above
