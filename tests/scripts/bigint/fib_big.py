# Fibonacci numbers far past 64 bits.
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)  # expect: 280571172992510140037611932413038677189525
print(len(str(a)), a % 1000)  # expect: 42 525
