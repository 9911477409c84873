# __getitem__, __setitem__ and __delitem__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[1, 2], g[5, 5])  # expect: X O .
del g[0, 0]
print(g[0, 0], len(g.cells))  # expect: . 1
