# Shortest path through a maze with breadth-first search on a deque.
from collections import deque

MAZE = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#...E#
##########
""".strip().splitlines()


def find(symbol):
    for r, row in enumerate(MAZE):
        c = row.find(symbol)
        if c != -1:
            return r, c
    raise ValueError(symbol)


def solve():
    start, end = find("S"), find("E")
    queue = deque([start])
    came_from = {start: None}
    while queue:
        r, c = queue.popleft()
        if (r, c) == end:
            break
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if MAZE[nxt[0]][nxt[1]] != "#" and nxt not in came_from:
                came_from[nxt] = (r, c)
                queue.append(nxt)
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1], len(came_from)


path, explored = solve()
print(f"path length {len(path) - 1}, explored {explored} cells")
# expect: path length 11, explored 24 cells
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
# expect: ##########
# expect: #S*****#.#
# expect: #.##.#*#.#
# expect: #.#..#***#
# expect: #.#.####*#
# expect: #...#...E#
# expect: ##########
