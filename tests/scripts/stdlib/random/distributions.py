# The real-valued distributions use the same arithmetic as CPython's random.py.
import random

random.seed(7)
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
# expect: -0.2558802884476004 0.511431512516514 9.54780767043379
print(random.normalvariate(), random.normalvariate(5, 0.5))
# expect: 0.0970447726200016 4.230288137024247
print(random.expovariate(2), random.triangular(), random.triangular(0, 10, 8))
# expect: 0.019108351060372442 0.46564239694339793 2.3639868624781983
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 1))
# expect: 0.23530253730597103 2.08893510235398 2.4870282981547547
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
# expect: 0.6558821329590165 1.1311530431413714
print(random.paretovariate(2), random.weibullvariate(1, 2))
# expect: 1.1048047032828163 0.9334440301347385
print(random.binomialvariate(10, 0.3), random.binomialvariate(100, 0.4), random.binomialvariate(50, 0.9))
# expect: 3 30 44
