import heapq

nums = [5, 1, 8, 3, 2]
heapq.heapify(nums)
print(nums)
heapq.heappush(nums, 0)
print(heapq.heappop(nums), heapq.heappop(nums))
print(heapq.nsmallest(2, [7, 3, 9, 1]))
print(heapq.nlargest(2, [7, 3, 9, 1]))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "sleep"))
while tasks:
    print(heapq.heappop(tasks))
