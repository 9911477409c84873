# Top-k with a bounded heap, merging sorted logs, and a running median with two heaps.
import heapq

readings = [17, 3, 99, 42, 8, 23, 57, 4, 81, 16]
top = []
for r in readings:
    if len(top) < 3:
        heapq.heappush(top, r)
    else:
        heapq.heappushpop(top, r)
print(sorted(top, reverse=True), heapq.nlargest(3, readings), heapq.nsmallest(3, readings))
# expect: [99, 81, 57] [99, 81, 57] [3, 4, 8]
logs_a = [(1, "a: boot"), (4, "a: ready"), (9, "a: stop")]
logs_b = [(2, "b: boot"), (4, "b: ready"), (7, "b: stop")]
print([msg for _, msg in heapq.merge(logs_a, logs_b)])
# expect: ['a: boot', 'b: boot', 'a: ready', 'b: ready', 'b: stop', 'a: stop']
low, high = [], []
medians = []
for x in readings:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians)  # expect: [17, 10.0, 17, 29.5, 17, 20.0, 23, 20.0, 23, 20.0]
