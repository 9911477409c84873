# Unicode text: Chinese characters are single code points.
s = "你好，世界"
print(s)  # expect: 你好，世界
print(len(s))  # expect: 5
print(s[0], s[-1])  # expect: 你 界
print(s[1:3])  # expect: 好，
print("事件循环" + "asyncio")  # expect: 事件循环asyncio
print(len("事件循环" + "asyncio"))  # expect: 11
print(ord("中"), chr(20013))  # expect: 20013 中
print("中文abc".upper())  # expect: 中文ABC
print(repr("中文"))  # expect: '中文'
print("é" == "\u00e9")  # expect: True
print(len("😀"), ord("😀"))  # expect: 1 128512
