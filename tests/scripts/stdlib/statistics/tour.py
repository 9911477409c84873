# statistics: exact means and variances, medians, modes, quantiles, regression, NormalDist.
import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2, 3, 4]), st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5]), st.mean([F(1, 3), F(1, 6)]), st.mean([3, 5]))
# expect: 2.5 0.2 1.75 1/4 4
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
# expect: 2 2.5 2 3 3.7
print(st.mode([1, 1, 2, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
# expect: 1 b ['a', 'b', 'c'] []
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance([1, 2, 3, 4]))
# expect: 1.3720238095238095 1.25 1.6666666666666667
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4, 5]))
# expect: 1.0810874155219827 0.986893273527251 1.5811388300841898
print(st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
# expect: 4.25 36.000000000000014 48.0 1.6666666666666667
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
# expect: [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"))  # expect: [2.0, 3.0, 4.0]
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y, method="ranked"), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
# expect: 0.75 -1.0 0.31622776601683794 LinearRegression(slope=2.0, intercept=1.0)
n = st.NormalDist(100, 15); print(n, n.cdf(115), n.inv_cdf(0.975), n.pdf(100), n.zscore(130), n.quantiles(), st.NormalDist.from_samples([1, 2, 3, 4]))
# expect: NormalDist(mu=100.0, sigma=15.0) 0.8413447460685429 129.3994597681008 0.02659615202676218 2.0 [89.88265374705878, 100.0, 110.11734625294122] NormalDist(mu=2.5, sigma=1.2909944487358056)
for f in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([-1])]:
    try: print(f())
    except st.StatisticsError as e: print("StatisticsError:", e)
# expect: StatisticsError: mean requires at least one data point
# expect: StatisticsError: no median for empty data
# expect: StatisticsError: no mode for empty data
# expect: StatisticsError: stdev requires at least two data points
# expect: StatisticsError: variance requires at least two data points
# expect: StatisticsError: harmonic mean does not support negative values
# expect: StatisticsError: ('No negative inputs allowed', -1)
print(F(3, 4) + F(1, 4), F("1/3") * 3, F(0.5), F(1, 3) < 0.5, hash(F(1, 2)) == hash(0.5), F(7, 2) // 2, F(-7, 2) % 3, round(F(5, 2)), F(1, 3) ** 2, F(10, 4), str(F(3)), float(F(1, 3)), F(3.14159).limit_denominator(100), int(F(-7, 2)))
# expect: 1 1 1/2 True True 1 5/2 2 1/9 5/2 3 0.3333333333333333 311/99 -3
