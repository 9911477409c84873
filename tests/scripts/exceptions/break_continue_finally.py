# break and continue run the finally block on the way out.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
# expect: body 0
# expect: finally 0
# expect: finally 1
# expect: body 2
# expect: finally 2
# expect: finally 3
print("after loop")  # expect: after loop
def loop():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)
print(loop())
# expect: cleanup 0
# expect: 0
