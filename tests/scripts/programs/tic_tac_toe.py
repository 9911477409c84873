# Tic-tac-toe between two seeded random players, with a board printer and win detection.
import random

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


def smart_move(board, me, rng):
    free = [i for i, v in enumerate(board) if v == " "]
    other = "O" if me == "X" else "X"
    for player in (me, other):  # win if possible, else block
        for i in free:
            trial = board[:]
            trial[i] = player
            if winner(trial) == player:
                return i
    return rng.choice(free)


def play(seed, verbose=False):
    rng = random.Random(seed)
    board = [" "] * 9
    player = "X"
    for turn in range(9):
        move = smart_move(board, player, rng) if player == "O" else rng.choice(
            [i for i, v in enumerate(board) if v == " "])
        board[move] = player
        if winner(board):
            break
        player = "O" if player == "X" else "X"
    if verbose:
        show(board)
    return winner(board) or "draw"


print(play(7, verbose=True))
# expect: X | X | O
# expect: ---------
# expect: O | X | X
# expect: ---------
# expect: X | O | O
# expect: draw
results = {"X": 0, "O": 0, "draw": 0}
for seed in range(40):
    results[play(seed)] += 1
print(results)  # expect: {'X': 3, 'O': 29, 'draw': 8}
