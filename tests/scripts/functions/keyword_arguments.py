# Keyword arguments may come in any order.
def box(width, height, depth=1):
    return f"{width}x{height}x{depth}"
print(box(2, 3))  # expect: 2x3x1
print(box(height=5, width=1))  # expect: 1x5x1
print(box(1, depth=9, height=2))  # expect: 1x2x9
opts = {"height": 7, "depth": 8}
print(box(6, **opts))  # expect: 6x7x8
try:
    box(1, 2, width=3)
except TypeError as e:
    print(e)  # expect: box() got multiple values for argument 'width'
