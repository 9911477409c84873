# A grade report: mean, median, stdev, quantiles of a class's scores.
import statistics

scores = {"ann": 91, "bob": 78, "cy": 85, "dee": 62, "eve": 85, "fay": 99, "gus": 70}
values = list(scores.values())
print("mean:", statistics.mean(values))  # expect: mean: 81.42857142857143
print("median:", statistics.median(values))  # expect: median: 85
print("mode:", statistics.mode(values))  # expect: mode: 85
print("stdev:", round(statistics.stdev(values), 3))  # expect: stdev: 12.555
print("quartiles:", statistics.quantiles(values, n=4))  # expect: quartiles: [70.0, 85.0, 91.0]
above = sorted(name for name, s in scores.items() if s > statistics.mean(values))
print("above average:", above)  # expect: above average: ['ann', 'cy', 'eve', 'fay']
print(statistics.mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3)  # expect: 0.2 0.19999999999999998
