"""atheris target: the compiled scanner (bn_datetime._core._scanner) against the pure one.

    python fuzz/fuzz_core.py -max_total_time=600 -max_len=1024 fuzz/corpus/core

Each input goes through the three entry points of the C module, ``scan(norm)``,
``scan(norm, runs=True)`` and ``scan_kinds(norm)``, on the text as given and on its
normalised form; each result must equal the pure-Python scanner's (bn_datetime.reader._lexer)
exactly. Text of every ``str`` kind reaches it: Latin-1, BMP and astral characters and
lone surrogates, plus pieces of the lexicon (words, hour words, multi-word phrases cut
anywhere) so that mutations explore the phrase matcher and the word tables.

Built with AddressSanitizer and UndefinedBehaviorSanitizer (see README.md), a memory
error in the C code stops the run with a report.
"""

from __future__ import annotations

import sys

import atheris

from _common import text

with atheris.instrument_imports():
    from bn_datetime import _core
    from bn_datetime.reader import _lexer
    from bn_datetime.text.normalize import normalize

COMPILED = _core.compiled()
if COMPILED is None:
    sys.exit("fuzz_core: the compiled scanner is not built (pip install -e . with a C compiler)")
SCAN, SCAN_KINDS = COMPILED
LEXICON = (
    *sorted(_lexer.WORDS),
    *_lexer.CLOCK_WORDS,
    *(piece for phrase in _core.phrases() or () for piece in phrase),
    " ", "  ", "-", "\n", ".", "ঃ", "\ud800", "\U0001f600", "ÿ", "১২", "2024",
)


def lexicon_text(fdp: atheris.FuzzedDataProvider) -> str:
    count = fdp.ConsumeIntInRange(0, 24)
    return "".join(LEXICON[fdp.ConsumeIntInRange(0, len(LEXICON) - 1)] for _ in range(count))


def check(s: str) -> None:
    for norm in (s, normalize(s)):
        for runs in (False, True):
            if tuple(SCAN(norm, runs=runs)) != tuple(_lexer.scan(norm, runs=runs)):
                raise AssertionError(f"scan(runs={runs}) differs on {norm!r}")
        if SCAN_KINDS(norm) != _lexer.scan_kinds(norm):
            raise AssertionError(f"scan_kinds differs on {norm!r}")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    s = lexicon_text(fdp) if fdp.ConsumeBool() else text(fdp)
    check(s)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
