# A subscript with a Chinese key.
名字 = {"苹果": 1}
print(名字["香蕉"])
# expect error: KeyError: '香蕉'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chinese_subscript.py", line 3, in <module>
# expect stderr:     print(名字["香蕉"])
# expect stderr:           ~~~~^^^^^^^^
# expect stderr: KeyError: '香蕉'
