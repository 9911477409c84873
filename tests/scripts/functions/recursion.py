# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(fact(20), fact(30))  # expect: 2432902008176640000 265252859812191058636308480000000
print([fib(i) for i in range(15)])
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
print(len(hanoi(6, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
# expect: 63 [('A', 'B'), ('A', 'C'), ('B', 'C')]
