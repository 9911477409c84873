"""Reads 8-bit RGB/RGBA PNGs without PIL (zlib and the five PNG filters), for GUI tests.

    python3 png_pixels.py count FILE.png NAME=RRGGBB ...   pixels of each colour ("NAME=N ...")
    python3 png_pixels.py widest FILE.png RRGGBB           "X Y": the middle of the longest
                                                           horizontal run of that colour
"""
import struct
import sys
import zlib


def rows(path):
    """Returns (rows, bytes_per_pixel): each row as bytes, top row first."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = bpp = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6), (depth, ctype)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * bpp
    prev, out = bytearray(stride), []
    for y in range(height):
        start = y * (stride + 1)
        f, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.append(bytes(line))
        prev = line
    return out, bpp


def count(path, wanted):
    image, bpp = rows(path)
    counts = dict.fromkeys(wanted, 0)
    colours = {bytes.fromhex(v): k for k, v in wanted.items()}
    for row in image:
        for x in range(0, len(row), bpp):
            name = colours.get(row[x:x + 3])
            if name:
                counts[name] += 1
    return counts


def widest(path, hexrgb):
    image, bpp = rows(path)
    rgb, best = bytes.fromhex(hexrgb), (0, 0, 0)  # (length, x, y)
    for y, row in enumerate(image):
        run = 0
        for x in range(0, len(row) // bpp + 1):
            if x < len(row) // bpp and row[x * bpp:x * bpp + 3] == rgb:
                run += 1
                continue
            if run > best[0]:
                best = (run, x - run // 2 - 1, y)
            run = 0
    return best[1], best[2], best[0]


if __name__ == "__main__":
    if sys.argv[1] == "count":
        result = count(sys.argv[2], dict(a.split("=") for a in sys.argv[3:]))
        print(" ".join(f"{k}={v}" for k, v in result.items()))
    elif sys.argv[1] == "widest":
        x, y, length = widest(sys.argv[2], sys.argv[3])
        print(x, y, length)
