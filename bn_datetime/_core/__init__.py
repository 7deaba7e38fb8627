"""The seam: the scanner the reading pipeline uses, compiled or pure Python.

:mod:`bn_datetime.reader._lexer` is the reference and complete on its own. When the C
accelerator ``bn_datetime._core._scanner`` was built and imports, and the environment
variable ``BN_DATETIME_PURE`` is not ``1``, :func:`scan` and :func:`scan_kinds` are its
functions; otherwise they are the pure ones. Both give identical results (kinds, values,
starts and ends) for every text; ``tests/test_core.py`` checks it, and CI runs the whole
suite on both paths.

The compiled scanner takes every table from :mod:`bn_datetime.reader._lexer` at import (the
words, the hour words, the multi-word phrases, the kind characters); it knows only the
character classes of ``_lexer.SPLIT_SOURCE``. If that expression is no longer the one it
implements, the pure scanner is used.

>>> IMPLEMENTATION in ("compiled", "pure")
True
>>> scan_kinds("১৪ সেপ্টেম্বর ২০২৪")
('dMy', [14, 9, 2024])
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from typing import Final, Protocol

from bn_datetime.reader import _lexer

__all__ = ["IMPLEMENTATION", "Tokens", "compiled", "phrases", "scan", "scan_kinds"]

Tokens = _lexer.Tokens

_ScanKinds = Callable[[str], tuple[str, list[object]]]


class _Scan(Protocol):
    def __call__(self, norm: str, *, runs: bool = False) -> Tokens: ...


def phrases(source: str | None = None) -> tuple[tuple[str, ...], ...] | None:
    """The lexicon's multi-word phrases as the split expression tries them, in pieces.

    Read from the expression itself (``_lexer.SPLIT_SOURCE`` unless ``source`` is given);
    None when it does not have the shape the compiled scanner implements.

    >>> ("বাংলাদেশ", "সময়") in phrases()
    True
    """
    source = _lexer.SPLIT_SOURCE if source is None else source
    head = f"[{_lexer.DIGITS}]+|(?:"
    tail = f")(?![{_lexer.BENGALI_LETTERS}])|"
    if not source.startswith(head) or tail not in source:
        return None
    body = source[len(head) : source.index(tail)]
    found: list[tuple[str, ...]] = []
    for alternative in _ALTERNATIVES.findall(body):
        pieces = alternative.split(_GAP)
        found.append(tuple(_ESCAPED.sub(r"\1", p) if "\\" in p else p for p in pieces))
    return tuple(found)


# An alternative of the phrase group: escaped characters and others, up to a bare "|".
_ALTERNATIVES: Final = re.compile(r"(?:\\.|[^\\|])+")
_ESCAPED: Final = re.compile(r"\\(.)", re.DOTALL)
_GAP: Final = "[ \\-]+"


def _split_source(pieces: tuple[tuple[str, ...], ...]) -> str:
    """The expression the compiled scanner implements, for these phrases."""
    letters, digits = _lexer.BENGALI_LETTERS, _lexer.DIGITS
    alternation = "|".join("[ \\-]+".join(re.escape(p) for p in phrase) for phrase in pieces)
    return (
        f"[{digits}]+"
        f"|(?:{alternation})(?![{letters}])"
        f"|[{letters}]+(?:\\.[{letters}]+)*\\.?"
        f"|[A-Za-z]+(?:\\.[A-Za-z]+)*\\.?"
        f"|[ \t\n\r]+"
        f"|."
    )


@functools.cache
def compiled() -> tuple[_Scan, _ScanKinds] | None:
    """The C ``(scan, scan_kinds)`` configured with the lexer's tables, or None.

    None when the accelerator was not built, or when the lexer's split expression is no
    longer the one it implements. This ignores ``BN_DATETIME_PURE`` (the tests compare
    the two scanners whichever is active); :data:`IMPLEMENTATION` says which one is.
    """
    try:
        from . import _scanner  # type: ignore[attr-defined]
    except ImportError:
        return None
    pieces = phrases()
    if (
        pieces is None
        or _split_source(pieces) != _lexer.SPLIT_SOURCE
        or _lexer.DIGITS != "0-9\u09e6-\u09ef"
        or _lexer.BENGALI_LETTERS != "\u0980-\u09e5\u09f0-\u09ff"
        or any(not piece or re.search("[ \\-]", piece) for phrase in pieces for piece in phrase)
        or any(len(kind) > 1 for kind, _ in _lexer.WORDS.values())
    ):
        return None  # the lexer's grammar moved on: the pure scanner is the safe one
    _scanner.configure(
        _lexer.WORDS,
        _lexer.SPLIT_WORDS,
        _lexer._lookup,
        _lexer.Tokens,
        _lexer._NUMBER_KINDS,
        "X",
        "U",
        _lexer.BREAK,
        pieces,
    )
    return _scanner.scan, _scanner.scan_kinds


_COMPILED: Final = None if os.environ.get("BN_DATETIME_PURE") == "1" else compiled()
#: Which scanner is active: ``"compiled"`` (the C accelerator) or ``"pure"`` (Python).
IMPLEMENTATION: Final = "pure" if _COMPILED is None else "compiled"
scan: _Scan
scan_kinds: _ScanKinds
scan, scan_kinds = (_lexer.scan, _lexer.scan_kinds) if _COMPILED is None else _COMPILED
