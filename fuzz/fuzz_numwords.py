"""atheris target: number words both ways, ordinals, grouping, ``normalize_numbers``, ``verbalize``.

    python fuzz/fuzz_numwords.py -max_total_time=600 fuzz/corpus/numwords

Text functions return or raise a documented error; ``normalize_numbers`` and
``verbalize`` never raise for a str. Numbers round-trip:
``words_to_number(number_to_words(n)) == n`` and ordinals read back.
"""

from __future__ import annotations

import sys
from decimal import Decimal

import atheris

from _common import DOCUMENTED, text

with atheris.instrument_imports():
    import bn_datetime as bd
    from bn_datetime.writer.verbalizing import verbalize


def number(fdp: atheris.FuzzedDataProvider) -> int | Decimal:
    kind = fdp.ConsumeIntInRange(0, 3)
    if kind == 0:
        return fdp.ConsumeIntInRange(-(10**21) + 1, 10**21 - 1)
    if kind == 1:
        return fdp.ConsumeInt(fdp.ConsumeIntInRange(1, 300))  # far out of range too
    digits = fdp.ConsumeIntInRange(0, 10**18)
    exponent = fdp.ConsumeIntInRange(-40, 25) if kind == 2 else fdp.ConsumeIntInRange(-10**9, 10**9)
    return Decimal((fdp.ConsumeIntInRange(0, 1), tuple(int(c) for c in str(digits)), exponent))


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    s = text(fdp)
    for func in (bd.words_to_number, bd.parse_ordinal):
        try:
            func(s)
        except DOCUMENTED:
            pass
    digits = "bengali" if fdp.ConsumeBool() else "ascii"
    out = bd.normalize_numbers(s, digits=digits)  # never raises for a str
    if not isinstance(out, str):
        raise AssertionError(f"normalize_numbers returned {out!r}")
    if not isinstance(verbalize(s), str):
        raise AssertionError("verbalize did not return a str")
    try:
        bd.number_to_words(s)
    except DOCUMENTED:
        pass

    n = number(fdp)
    try:
        words = bd.number_to_words(n, style="year" if fdp.ConsumeBool() else "cardinal")
    except ValueError as exc:  # out of range: a plain ValueError for a number argument
        if "10**21" not in str(exc) and "digits after" not in str(exc) and "year" not in str(exc):
            raise
    else:
        back = bd.words_to_number(words)
        if Decimal(back) != Decimal(n):
            raise AssertionError(f"{n!r} -> {words!r} -> {back!r}")
    try:
        grouped = bd.format_number(n, grouping="lakh" if fdp.ConsumeBool() else "international")
    except ValueError as exc:
        if "at most" not in str(exc):
            raise
    else:
        if Decimal(bd.to_ascii_digits(grouped).replace(",", "")) != Decimal(n):
            raise AssertionError(f"format_number({n!r}) = {grouped!r}")
    k = fdp.ConsumeIntInRange(1, 10**6)
    for style in ("digits", "words"):
        if bd.parse_ordinal(bd.ordinal(k, style)) != k:  # type: ignore[arg-type]
            raise AssertionError(f"ordinal {k} {style}")
        if k <= 31 and bd.parse_ordinal(bd.date_ordinal(k, style)) != k:  # type: ignore[arg-type]
            raise AssertionError(f"date_ordinal {k} {style}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
