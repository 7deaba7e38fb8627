"""atheris target: ``search`` over running text, and the tokenizer under it.

    python fuzz/fuzz_search.py -max_total_time=600 fuzz/corpus/search

``tokenize`` must cover ``normalize(text)`` exactly with monotone spans into the text
as given; ``normalize`` must be idempotent. When ``bn_datetime.search`` exists, every
match must lie inside the text, in order, and its text must be the slice it names.
"""

from __future__ import annotations

import sys
import warnings
from datetime import datetime, timedelta, timezone

import atheris

from _common import DOCUMENTED, text

with atheris.instrument_imports():
    import bn_datetime as bd

SEARCH = getattr(bd, "search", None)
NOW = datetime(2024, 9, 14, 20, 0, tzinfo=timezone(timedelta(hours=6)))


def check_tokens(s: str) -> None:
    norm = bd.normalize(s)
    if bd.normalize(norm) != norm:
        raise AssertionError(f"normalize is not idempotent on {s!r}")
    tokens = bd.tokenize(s)
    if "".join(t.text for t in tokens) != norm:
        raise AssertionError(f"tokens do not cover normalize({s!r})")
    last = 0
    for t in tokens:
        if not (last <= t.start <= t.end <= len(s)):
            raise AssertionError(f"bad span {t} in {s!r}")
        last = t.start


def check_search(s: str) -> None:
    if SEARCH is None:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            matches = SEARCH(s, now=NOW)
        except DOCUMENTED:
            return
    last = 0
    for m in matches:
        start, end = getattr(m, "start", None), getattr(m, "end", None)
        if isinstance(start, int) and isinstance(end, int):
            if not (last <= start < end <= len(s)):  # in order, inside, no overlaps
                raise AssertionError(f"bad match span {m!r} in {s!r}")
            last = end
            found = getattr(m, "text", None)
            if isinstance(found, str) and found != s[start:end]:
                raise AssertionError(f"match text is not its slice: {m!r} in {s!r}")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    s = text(fdp)
    check_tokens(s)
    check_search(s)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
