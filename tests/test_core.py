"""The seam (bn_datetime._core): the compiled scanner gives exactly the pure one's output.

Parity is checked on the scanner itself (kinds, values, starts, ends; ``scan`` with and
without ``runs``, and ``scan_kinds``) and on the pipeline over it (parse, read, search:
values, spans, precisions, warnings, and for a rejection the error type, position and
message), over every corpus in the repository — the test data, the benchmark corpora,
every string written in the tests, docs and fuzz targets — and over generated text.

Without the compiled module these tests skip, unless ``BN_DATETIME_EXPECT_COMPILED=1``
(what CI sets), which makes its absence a failure.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime import _core
from bn_datetime.reader import _lexer, parsing, reading, searching
from bn_datetime.text.normalize import normalize

from ._paths import DATA

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

NOW = datetime(2024, 9, 14, 20, 0, tzinfo=timezone(timedelta(hours=6)))
EXPECT_COMPILED = os.environ.get("BN_DATETIME_EXPECT_COMPILED") == "1"


def _compiled() -> Any:
    found = _core.compiled()
    if found is None:
        if EXPECT_COMPILED:
            pytest.fail("BN_DATETIME_EXPECT_COMPILED=1 but the compiled scanner is not there")
        pytest.skip("the compiled scanner is not built")
    return found


# ------------------------------------------------------------------ the corpora


def _literals(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


@cache
def corpora() -> dict[str, tuple[str, ...]]:
    """Every text the repository holds, by where it comes from (distinct, in order)."""
    found: dict[str, list[str]] = {
        "tests/data": [(DATA / "kalbela_2024-09-14.txt").read_text(encoding="utf-8")],
        "benchmarks/corpus": [t for t, _ in corpus.mixed()] + [t for t, _ in corpus.news_form(500)],
        "string literals of tests/, fuzz/, benchmarks/": [],
        "docs/*.md lines": [],
    }
    for line in (DATA / "real_world_cases.tsv").read_text(encoding="utf-8").splitlines():
        found["tests/data"] += line.split("\t")
    for folder in ("tests", "fuzz", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found["string literals of tests/, fuzz/, benchmarks/"] += _literals(path)
    for path in sorted((ROOT / "docs").glob("*.md")):
        found["docs/*.md lines"] += path.read_text(encoding="utf-8").splitlines()
    return {name: tuple(dict.fromkeys(texts)) for name, texts in found.items()}


CORPORA = tuple(corpora())


def scanned(scan: Callable[..., Any], scan_kinds: Callable[[str], Any], text: str) -> tuple[Any, ...]:
    """Everything a scanner says about ``text`` (and its normalised form)."""
    norm = normalize(text)
    return tuple(
        (tuple(scan(s)), tuple(scan(s, runs=True)), scan_kinds(s)) for s in dict.fromkeys((text, norm))
    )


def assert_same_scan(text: str) -> None:
    scan, scan_kinds = _compiled()
    assert scanned(scan, scan_kinds, text) == scanned(_lexer.scan, _lexer.scan_kinds, text), text


@pytest.mark.parametrize("name", CORPORA)
def test_scanner_parity_on_corpus(name: str) -> None:
    texts = corpora()[name]
    assert len(texts) > 10
    for text in texts:
        assert_same_scan(text)


# --------------------------------------------------------------- generated text

_WORDS = sorted(_lexer.WORDS)
_PHRASES = [piece for phrase in _core.phrases() or () for piece in phrase]
_DIGITS = "0123456789০১২৩৪৫৬৭৮৯" + "٠١٢٣٤٥٦٧٨٩" + "०१२३४५६७८९"  # ASCII, Bengali; Arabic, Devanagari: other characters
_ODD = (
    " ", "  ", "\n", "\t", "\r\n", " \n ", ".", "-", " - ", "ঃ", ":", ",", "।", "'", "(", "\u200c",
    "\u200d", "\u09bc", "\u09cd", "\ud800", "\udfff", "\U0001f600", "\x00", "ÿ", "Ā", "\uffff",
    "A", "Z", "a.m.", "p.m", "GMT+6", "T", "ক", "়",
)
_PIECE = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(list(_lexer.CLOCK_WORDS)),
    st.sampled_from(_PHRASES),
    st.text(st.sampled_from(_DIGITS), min_size=1, max_size=12),
    st.sampled_from(_ODD),
    st.text(max_size=3),  # any code point (hypothesis's default alphabet)
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=2),  # surrogates
)
GENERATED = st.lists(_PIECE, max_size=30).map("".join)


@given(GENERATED)
def test_scanner_parity_on_generated_text(text: str) -> None:
    assert_same_scan(text)


@given(st.lists(st.sampled_from([*_PHRASES, " ", "-", "  ", " -", ""]), max_size=12).map("".join))
def test_scanner_parity_on_phrase_pieces(text: str) -> None:
    """Phrases with their gaps loosened, cut short, or glued to a letter."""
    assert_same_scan(text)
    assert_same_scan(text + "ক")


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম",
        "rabi  al-awwal ১৪৪৬",  # a phrase with its gap loosened
        "rabi al-",  # a phrase cut short
        "বাংলাদেশ সময়ক",  # a phrase glued to a letter: not a phrase
        "শেষ আপডেটঃ ১২",
        "প্রকাশঃ ১৪",  # a word glued to a visarga used as a colon
        "রাত নয়টায় এবং দশটা",  # hour words with their টা
        "a.m. p.m A.M.",
        "১২৩৪৫৬৭৮৯০১২ 123456789 1২3",  # long and mixed-script numbers
        "\ud800\udfff\U0001f600\nরাত ৯টায়",  # surrogates, astral, a line break
        "x\u0000y\uffff",
    ],
)
def test_scanner_parity_examples(text: str) -> None:
    assert_same_scan(text)


@pytest.mark.parametrize("char", ["a", "ÿ", "ক", "\U0001f600"])
def test_scanner_reads_every_str_kind(char: str) -> None:
    """UCS-1, UCS-2 and UCS-4 strings (one wide character widens the whole str)."""
    text = "১৪ সেপ্টেম্বর ২০২৪ " + char * 3 + " 12:30"
    assert_same_scan(text)


def test_scanner_refuses_what_is_not_a_str() -> None:
    scan, scan_kinds = _compiled()
    with pytest.raises(TypeError):
        scan(b"12")
    with pytest.raises(TypeError):
        scan_kinds(12)


def test_scanner_is_configured_once() -> None:
    from bn_datetime._core import _scanner  # type: ignore[attr-defined]

    _compiled()
    with pytest.raises(RuntimeError, match="once"):
        _scanner.configure({}, {}, len, tuple, ("",) * 10, "X", "U", "¶", ())


# ------------------------------------------------------------- the pipeline


# Where the pipeline holds the seam's functions (the import lines of issue 16).
_SEAM_USERS = (
    (parsing, "scan"), (parsing, "scan_kinds"), (searching, "scan"), (reading, "scan"), (_core, "scan"),
)


@contextmanager
def using(scan: Callable[..., Any], scan_kinds: Callable[[str], Any]) -> Iterator[None]:
    """Run the pipeline on these scanner functions for a while (whatever the seam picked)."""
    saved = [(module, name, getattr(module, name)) for module, name in _SEAM_USERS]
    for module, name in _SEAM_USERS:
        setattr(module, name, scan_kinds if name == "scan_kinds" else scan)
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def outcome(call: Callable[[], object]) -> tuple[object, ...]:
    """A result (or the error: type, position, message) and the warnings it gave.

    Any exception is compared, not only the documented ones: parity holds for bugs too
    (tests/test_fuzz_regressions.py pins those).
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result: object = call()
        except Exception as exc:
            result = (type(exc), getattr(exc, "position", None), str(exc))
    return repr(result), [(w.category, str(w.message)) for w in caught]


def pipeline(text: str) -> tuple[object, ...]:
    return (
        outcome(lambda: bd.parse_result(text, now=NOW)),
        outcome(lambda: bd.read(text, now=NOW)),
        outcome(lambda: bd.search(text, now=NOW)),
        outcome(lambda: [tuple(t) for t in bd.tokenize(text)]),
    )


def assert_same_pipeline(texts: tuple[str, ...]) -> None:
    compiled = _compiled()
    with using(_lexer.scan, _lexer.scan_kinds):
        expected = [pipeline(t) for t in texts]
    with using(*compiled):
        got = [pipeline(t) for t in texts]
    for text, want, have in zip(texts, expected, got, strict=True):
        assert have == want, text


@pytest.mark.parametrize("name", CORPORA)
def test_pipeline_parity_on_corpus(name: str) -> None:
    texts = tuple(t for t in corpora()[name] if len(t) <= parsing.MAX_LENGTH)
    assert_same_pipeline(texts)


@given(GENERATED)
def test_pipeline_parity_on_generated_text(text: str) -> None:
    assert_same_pipeline((text,))


def test_the_switch_swaps_the_scanner() -> None:
    """The helpers above really change what the pipeline calls (else parity is vacuous)."""
    scan, scan_kinds = _compiled()
    with using(scan, scan_kinds):
        assert [getattr(m, n) for m, n in _SEAM_USERS] == [scan, scan_kinds, scan, scan, scan]
    with using(_lexer.scan, _lexer.scan_kinds):
        assert getattr(searching, "scan") is _lexer.scan  # noqa: B009 - not re-exported


# ------------------------------------------------------------------ the seam


@pytest.mark.parametrize(("pure", "expected"), [("1", "pure"), ("0", None), ("", None)])
def test_bn_datetime_pure_picks_the_implementation(pure: str, expected: str | None) -> None:
    env = {**os.environ, "BN_DATETIME_PURE": pure}
    code = "import bn_datetime as bd; print(bd.IMPLEMENTATION, bd.implementation())"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    built = _core.compiled() is not None
    assert out == [expected or ("compiled" if built else "pure")] * 2


def test_implementation_names_the_active_scanner() -> None:
    active = _core.scan is not _lexer.scan
    assert bd.implementation() == ("compiled" if active else "pure")
    assert bd.IMPLEMENTATION == _core.IMPLEMENTATION


def test_phrases_are_the_split_expression() -> None:
    """The phrase table the compiled scanner gets rebuilds the lexer's expression exactly,
    and holds every lexicon entry of more than one word (the pieces joined by a space)."""
    pieces = _core.phrases()
    assert pieces is not None
    assert _core._split_source(pieces) == _lexer.SPLIT_SOURCE
    spaced = {" ".join(phrase) for phrase in pieces}
    multi = {w.replace("-", " ") for w in _lexer.BASE_WORDS if " " in w}
    assert multi <= spaced
    assert len(pieces) > 10


@pytest.mark.parametrize(
    "source",
    ["", "[0-9]+|.", "[0-9\u09e6-\u09ef]+|(?:a|b", "x" + _lexer.SPLIT_SOURCE],
)
def test_phrases_of_an_unknown_expression_is_none(source: str) -> None:
    assert _core.phrases(source) is None
