# Undo history with deepcopy snapshots of a nested game state.
import copy

state = {"turn": 1, "board": [[" "] * 3 for _ in range(3)], "players": {"X": {"moves": []}}}
history = []
for turn, (r, c) in enumerate([(0, 0), (1, 1), (2, 2)], start=1):
    history.append(copy.deepcopy(state))
    state["board"][r][c] = "X"
    state["players"]["X"]["moves"].append((r, c))
    state["turn"] = turn + 1
print(state["turn"], state["players"]["X"]["moves"], ["".join(row) for row in state["board"]])
# expect: 4 [(0, 0), (1, 1), (2, 2)] ['X  ', ' X ', '  X']
state = history.pop()
print(state["turn"], state["players"]["X"]["moves"], ["".join(row) for row in state["board"]])
# expect: 3 [(0, 0), (1, 1)] ['X  ', ' X ', '   ']
shallow = copy.copy(state)
shallow["board"][0][0] = "O"
print(state["board"][0][0], shallow is not state, shallow["board"] is state["board"])
# expect: O True True
