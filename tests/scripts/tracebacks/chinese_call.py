# Chinese characters are two columns wide: the carets still line up.
def 计算(数字):
    return 数字 / 0
结果 = {"值": 计算(10) + 1}
# expect error: ZeroDivisionError: division by zero
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "tracebacks/chinese_call.py", line 4, in <module>
# expect stderr:     结果 = {"值": 计算(10) + 1}
# expect stderr:                   ~~~~^^^^
# expect stderr:   File "tracebacks/chinese_call.py", line 3, in 计算
# expect stderr:     return 数字 / 0
# expect stderr:            ~~~~~^~~
# expect stderr: ZeroDivisionError: division by zero
