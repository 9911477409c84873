# Values sent into the driver flow back as await results.
class Ask:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        answer = yield self.q
        return answer
async def conversation():
    a = await Ask("name?")
    b = await Ask("age?")
    return f"{a} is {b}"
answers = {"name?": "Ada", "age?": 36}
c = conversation()
request = c.send(None)
while True:
    print("asked", request)
    try:
        request = c.send(answers[request])
    except StopIteration as e:
        print(e.value)
        break
# expect: asked name?
# expect: asked age?
# expect: Ada is 36
