# A hand-written recursive-descent parser for a JSON subset, character by character.
def parse(text):
    pos = 0

    def skip():
        nonlocal pos
        while text[pos] in " \n\t":
            pos += 1

    def value():
        nonlocal pos
        skip()
        c = text[pos]
        if c == "{":
            pos += 1
            out = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                skip()
                key = value()
                skip()
                pos += 1  # ':'
                out[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1  # '}'
                return out
        if c == "[":
            pos += 1
            out = []
            skip()
            if text[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return out
        if c == '"':
            end = text.index('"', pos + 1)
            s = text[pos + 1:end]
            pos = end + 1
            return s
        start = pos
        while text[pos] in "-0123456789.":
            pos += 1
        return int(text[start:pos])

    return value()


def main():
    items = ", ".join('{"id": %d, "name": "item%d", "tags": ["a", "b", %d], "n": [1, 2, 3]}' % (i, i, i * 7)
                      for i in range(1500))
    text = "[" + items + "]"
    total = 0
    for _ in range(40):
        data = parse(text)
        total += sum(d["id"] + d["tags"][2] + len(d["name"]) for d in data)
    print("json_parse", len(text), total)


main()
