# bisect: positions, insort, key=, grading with breakpoints.
import bisect

scores = [10, 20, 20, 30]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25))
# expect: 1 3 3
bisect.insort(scores, 25)
bisect.insort_left(scores, 20)
print(scores)  # expect: [10, 20, 20, 20, 25, 30]

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
# expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A']
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 33, key=lambda p: p[1]))
# expect: [('bob', 25), ('ann', 31), ('dee', 33), ('cy', 40)] 2
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(e)  # expect: lo must be non-negative
