# await on coroutines nests; the yields bubble up to the driver.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        value = yield self.label
        return value
async def leaf():
    got = await Tick("leaf")
    return f"leaf got {got}"
async def middle():
    r = await leaf()
    return "middle<" + r + ">"
async def top():
    return await middle()
c = top()
print(c.send(None))  # expect: leaf
try:
    c.send("reply")
except StopIteration as e:
    print(e.value)  # expect: middle<leaf got reply>
