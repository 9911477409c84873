# Seeds of every supported type, independent generators, and state save/restore.
import random

for seed in [0, -7, 2 ** 100, 3.14, "hello", b"hello", bytearray(b"hi")]:
    random.seed(seed)
    print(repr(seed), random.random())
# expect: 0 0.8444218515250481
# expect: -7 0.32383276483316237
# expect: 1267650600228229401496703205376 0.7586581712996778
# expect: 3.14 0.7754488379965433
# expect: 'hello' 0.3537754404730722
# expect: b'hello' 0.3537754404730722
# expect: bytearray(b'hi') 0.21347198352318353

r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(0, 10 ** 30))
# expect: True 934511512723165091752237711513

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])  # expect: True

random.seed("same", version=1)
print(random.random())  # expect: 0.37750302072369435
print(random.Random(11).randbytes(6))  # expect: b'm%\xcfs\xa1\xdd'
