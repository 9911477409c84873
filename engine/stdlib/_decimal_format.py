"""format(Decimal, spec): the format-spec mini-language for decimal numbers (fill, align,
sign, z, #, 0, width, grouping, precision; types e E f F g G n %), rounding with the context's
rounding mode as CPython's decimal does."""

__loopscope_hide_frames__ = True


def _parse_spec(spec):
    i = 0
    n = len(spec)
    result = {"fill": None, "align": None, "sign": "-", "no_neg_0": False, "alt": False,
              "zeropad": False, "minimumwidth": 0, "thousands_sep": "", "precision": None,
              "type": None}
    if n >= 2 and spec[1] in "<>=^":
        result["fill"], result["align"] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        result["align"] = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        result["sign"] = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        result["no_neg_0"] = True
        i += 1
    if i < n and spec[i] == "#":
        result["alt"] = True
        i += 1
    if i < n and spec[i] == "0":
        result["zeropad"] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        result["minimumwidth"] = int(spec[start:i])
    if i < n and spec[i] == ",":
        result["thousands_sep"] = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        result["precision"] = int(spec[start:i])
    if i < n:
        result["type"] = spec[i]
        i += 1
    if i != n or (result["type"] is not None and result["type"] not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if result["zeropad"]:
        result["fill"] = result["fill"] or "0"
        result["align"] = result["align"] or "="
    result["fill"] = result["fill"] or " "
    result["align"] = result["align"] or ">"
    if result["type"] == "n":
        result["type"] = "g"
    return result


def _round_significant(value, places, rounding):
    digits = len(str(value._int))
    if digits <= places:
        return value
    result = value._rescale(value._exp + digits - places, rounding)
    if len(str(result._int)) > places:
        result = result._rescale(result._exp + 1, rounding)
    return result


def format_decimal(value, spec, context):
    from decimal import _make
    s = _parse_spec(spec)
    if value._special is not None:
        body = str(value.copy_abs())
        sign = "-" if value._sign else ("+" if s["sign"] == "+" else " " if s["sign"] == " " else "")
        if s["type"] == "%":
            body += "%"
        return _align(sign, body, s)
    kind = s["type"]
    if kind is None:
        kind = "gG"[context.capitals] if s["precision"] is not None else None
    if kind == "%":
        value = _make(value._sign, value._int, value._exp + 2)
    rounding = context.rounding
    precision = s["precision"]
    if precision is not None:
        if kind in ("e", "E"):
            value = _round_significant(value, precision + 1, rounding)
        elif kind in ("f", "F", "%"):
            value = value._rescale(-precision, rounding)
        elif kind in ("g", "G") and len(str(value._int)) > precision:
            value = _round_significant(value, precision, rounding)
    if not value._int and value._exp > 0 and kind in ("f", "F", "%"):
        value = value._rescale(0, rounding)
    negative = value._sign and not (not value._int and s["no_neg_0"])
    digits = str(value._int)
    leftdigits = value._exp + len(digits)
    if kind in ("e", "E"):
        dotplace = 1 - precision if (not value._int and precision is not None) else 1
    elif kind in ("f", "F", "%"):
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (value._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart = "0"
        fracpart = "0" * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + "0" * (dotplace - len(digits))
        fracpart = ""
    else:
        intpart = digits[:dotplace] or "0"
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    sign = "-" if negative else ("+" if s["sign"] == "+" else " " if s["sign"] == " " else "")
    if fracpart or s["alt"]:
        fracpart = "." + fracpart
    if exp != 0 or kind in ("e", "E"):
        echar = {"E": "E", "e": "e", "G": "E", "g": "e", None: "E" if context.capitals else "e"}[kind]
        fracpart += f"{echar}{exp:+}"
    if kind == "%":
        fracpart += "%"
    min_width = s["minimumwidth"] - len(fracpart) - len(sign) if s["zeropad"] else 0
    intpart = _group(intpart, s["thousands_sep"], min_width)
    return _align(sign, intpart + fracpart, s)


def _group(digits, sep, min_width):
    if not sep:
        return digits.rjust(min_width, "0") if min_width > len(digits) else digits
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    text = sep.join(reversed(groups))
    while len(text) < min_width:
        digits_only = text.replace(sep, "")
        digits_only = "0" + digits_only
        text = _group(digits_only, sep, 0)
    return text


def _align(sign, body, s):
    width = s["minimumwidth"]
    fill = s["fill"]
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    align = s["align"]
    if align == "<":
        return sign + body + fill * padding
    if align == ">":
        return fill * padding + sign + body
    if align == "=":
        return sign + fill * padding + body
    half = padding // 2
    return fill * half + sign + body + fill * (padding - half)
