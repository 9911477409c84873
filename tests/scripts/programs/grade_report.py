# Grades from CSV-like text: parsing, statistics, letter grades with bisect, a formatted table.
import bisect
import statistics
from collections import defaultdict

DATA = """name,subject,score
ann,math,91
ann,physics,84
bob,math,67
bob,physics,72
cy,math,78
cy,physics,95
dee,math,55
dee,physics,61
"""


def letter(score, cutoffs=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect.bisect_right(cutoffs, score)]


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    return [dict(zip(header, line.split(","))) for line in lines[1:]]


records = parse(DATA)
by_student = defaultdict(list)
by_subject = defaultdict(list)
for r in records:
    score = int(r["score"])
    by_student[r["name"]].append(score)
    by_subject[r["subject"]].append(score)

print(f"{'student':<8}{'mean':>6}  grade")  # expect: student   mean  grade
for name, scores in sorted(by_student.items(), key=lambda kv: -statistics.mean(kv[1])):
    avg = statistics.mean(scores)
    print(f"{name:<8}{avg:>6.1f}  {letter(avg)}")
# expect: ann       87.5  B
# expect: cy        86.5  B
# expect: bob       69.5  D
# expect: dee       58.0  F
for subject, scores in by_subject.items():
    print(f"{subject}: mean={statistics.mean(scores)} median={statistics.median(scores)} "
          f"stdev={statistics.stdev(scores):.2f} best={max(scores)}")
# expect: math: mean=72.75 median=72.5 stdev=15.37 best=91
# expect: physics: mean=78 median=78.0 stdev=14.72 best=95
passed = sorted(name for name, s in by_student.items() if min(s) >= 60)
print("passed everything:", ", ".join(passed))  # expect: passed everything: ann, bob, cy
print("distribution:", {g: sum(1 for r in records if letter(int(r['score'])) == g) for g in "ABCDF"})
# expect: distribution: {'A': 2, 'B': 1, 'C': 2, 'D': 2, 'F': 1}
