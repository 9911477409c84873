# Chinese text in methods.
s = "异步 协程 事件循环"
parts = s.split()
print(parts)  # expect: ['异步', '协程', '事件循环']
print(len(parts), [len(p) for p in parts])  # expect: 3 [2, 2, 4]
print("、".join(parts))  # expect: 异步、协程、事件循环
print(s.replace("协程", "coroutine"))  # expect: 异步 coroutine 事件循环
print(s.find("事件"), s.count("程"))  # expect: 6 1
print(s.startswith("异步"))  # expect: True
