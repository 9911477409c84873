# A text adventure as a state machine: rooms, an inventory and scripted commands.
from enum import Enum, auto


class State(Enum):
    PLAYING = auto()
    WON = auto()
    LOST = auto()


ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": ["key"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall", "up": "tower"}, "items": []},
    "tower": {"desc": "the top of the tower", "exits": {"down": "library"}, "items": ["crown"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = State.PLAYING
        self.moves = 0

    def handle(self, command):
        verb, _, noun = command.partition(" ")
        handler = getattr(self, f"do_{verb}", None)
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.moves += 1
        return handler(noun)

    def do_look(self, _):
        room = ROOMS[self.room]
        items = ", ".join(room["items"]) or "nothing"
        return f"You are in {room['desc']}. Exits: {', '.join(sorted(room['exits']))}. You see {items}."

    def do_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if target == "tower" and "key" not in self.inventory:
            return "The tower door is locked."
        if target == "tower" and "lamp" not in self.inventory:
            self.state = State.LOST
            return "You stumble in the dark and fall."
        self.room = target
        return self.do_look("")

    def do_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "crown":
            self.state = State.WON
        return f"Taken: {item}. You carry {', '.join(self.inventory)}."

    def do_inventory(self, _):
        return f"You carry {', '.join(self.inventory) or 'nothing'}."


game = Game()
script = ["look", "take lamp", "go north", "go up", "go south", "dance", "go east", "take key",
          "take key", "go west", "go north", "go up", "take crown", "look"]
for command in script:
    if game.state is not State.PLAYING:
        break
    print(f"> {command}")
    print(game.handle(command))
# expect: > look
# expect: You are in a dusty hall. Exits: east, north. You see lamp.
# expect: > take lamp
# expect: Taken: lamp. You carry lamp.
# expect: > go north
# expect: You are in a silent library. Exits: south, up. You see nothing.
# expect: > go up
# expect: The tower door is locked.
# expect: > go south
# expect: You are in a dusty hall. Exits: east, north. You see nothing.
# expect: > dance
# expect: I don't know how to 'dance'.
# expect: > go east
# expect: You are in a cold kitchen. Exits: west. You see key.
# expect: > take key
# expect: Taken: key. You carry lamp, key.
# expect: > take key
# expect: There is no key here.
# expect: > go west
# expect: You are in a dusty hall. Exits: east, north. You see nothing.
# expect: > go north
# expect: You are in a silent library. Exits: south, up. You see nothing.
# expect: > go up
# expect: You are in the top of the tower. Exits: down. You see crown.
# expect: > take crown
# expect: Taken: crown. You carry lamp, key, crown.
print(game.state, game.state.name, f"after {game.moves} moves")
# expect: State.WON WON after 12 moves
