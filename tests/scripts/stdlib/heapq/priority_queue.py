# heapq: push/pop order, the heap list's layout, nlargest/nsmallest, merge.
import heapq

heap = []
for value in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, value)
print(heap)  # expect: [1, 3, 2, 5, 9, 8, 7]
print([heapq.heappop(heap) for _ in range(3)], heap)  # expect: [1, 2, 3] [5, 8, 7, 9]
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data)  # expect: [1, 4, 2, 6, 8, 2, 7, 9]
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), data)
# expect: 1 [2, 4, 2, 6, 8, 5, 7, 9] 0 [2, 4, 2, 6, 8, 5, 7, 9]
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
# expect: [9, 7, 4] ['fig', 'pear']
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
# expect: [1, 2, 3, 4, 5, 6, 7, 8] [8, 7, 4, 2, 1]
print(list(heapq.merge(["a", "bbb"], ["cc"], key=len)))  # expect: ['a', 'cc', 'bbb']
tasks = []
heapq.heappush(tasks, (2, "write report"))
heapq.heappush(tasks, (1, "fix bug"))
heapq.heappush(tasks, (3, "lunch"))
heapq.heappush(tasks, (1, "answer email"))
while tasks:
    priority, task = heapq.heappop(tasks)
    print(priority, task)
# expect: 1 answer email
# expect: 1 fix bug
# expect: 2 write report
# expect: 3 lunch
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: index out of range
