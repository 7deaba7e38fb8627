"""A rejected string is read once: the span reader reuses the point reader's tokens.

``parse_result``, ``to_iso`` and ``read`` try the point grammar first and, when it
refuses the text, the span reader (``reading.read_span``). The span reader now takes the
normalised text and the tokens the point reader made, and is skipped when the tokens
hold no kind a span needs (``reading.may_be_span``). These tests hold the refusals to the
earlier behaviour — the point reader, then ``read_span`` over the text from scratch —
on every corpus of the repository and on generated text: the same result, or the same
error type, position and message, and the same warnings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bn_datetime as bd
from bn_datetime._core import scan_kinds
from bn_datetime.errors import ParseError
from bn_datetime.reader import _newsform, parsing, reading
from bn_datetime.text.normalize import normalize
from tests.test_core import GENERATED, NOW, corpora, outcome

ZONE = "Asia/Dhaka"


def _point(text: str, now: datetime | None, tz: str) -> bd.Parsed:
    return parsing._full(text, None, tz, now, "raise", False, "bd", None)


def old_to_iso(text: str, now: datetime | None = NOW, tz: str = ZONE) -> str:
    """``to_iso`` as it was: the point reader, then ``read_span`` from scratch."""
    try:
        return _point(text, now, tz).isoformat()
    except ParseError:
        span = reading.read_span(text, tz=tz, now=now)
        if span is None:
            raise
        if getattr(span, "times", None) is not None:  # to_iso refuses what RRULE cannot say
            raise ParseError(
                text, 0, reason="a count in each period (মাসে দুইবার) has no RRULE form: read() gives it (Recurrence.times)"
            ) from None
        return span.isoformat()


def old_parse_result(text: str, now: datetime | None = NOW, tz: str = ZONE) -> bd.Parsed:
    try:
        return _point(text, now, tz)
    except ParseError as exc:
        span = reading.read_span(text, tz=tz, now=now, warn=False)
        if span is not None:
            what = {"interval": "an interval", "duration": "a duration", "recurrence": "a recurrence"}[span.kind]
            raise ParseError(
                text, 0, reason=f"{what}, not one point in time: read() or parse_{span.kind}() reads it"
            ) from exc
        raise


def old_read(text: str, now: datetime | None = NOW, tz: str = ZONE) -> object:
    try:
        return _point(text, now, tz)
    except ParseError as point_error:
        span = reading.read_span(text, tz=tz, now=now)
        if span is None:
            raise point_error from None
        return span


def assert_same(text: str, now: datetime | None = NOW, tz: str = ZONE) -> None:
    """The three entry points give what they gave before (the news form's quick path aside,
    whose own parity tests/reader/test_newsform.py checks)."""
    for new, old in (
        (lambda: bd.to_iso(text, now=now, tz=tz, pattern=None), lambda: old_to_iso(text, now, tz)),
        (lambda: bd.parse_result(text, now=now, tz=tz), lambda: old_parse_result(text, now, tz)),
        (lambda: bd.read(text, now=now, tz=tz), lambda: old_read(text, now, tz)),
    ):
        if _newsform._fields(text) is not None:  # answered before the pipeline
            continue
        assert outcome(new) == outcome(old), text


@pytest.mark.parametrize("name", tuple(corpora()))
def test_rejections_unchanged_on_corpus(name: str) -> None:
    texts = corpora()[name]
    for text in texts:
        assert_same(text)
    # … with trailing unknown words, as the benchmark's rejected strings
    for text in texts[:400]:
        assert_same(text + " খবর")


@settings(max_examples=300)
@given(GENERATED)
def test_rejections_unchanged_on_generated_text(text: str) -> None:
    assert_same(text)


@pytest.mark.parametrize(
    "text",
    [
        "১০-১২ সেপ্টেম্বর ২০২৪", "দেড় ঘণ্টা", "প্রতি শুক্রবার", "৩ ঘণ্টা ৪ ঘণ্টা",
        "২৮ ডিসেম্বর ২০২৪ থেকে ৩ জানুয়ারি", "১২ আগস্ট থেকে ৫ আগস্ট ২০২৪", "দুই সপ্তাহ ধরে",
        "দুইঘণ্টা", "চৌদ্দ সেপ্টেম্বর খবর", "৩১ এপ্রিল ২০২৪", "", "  ", "খবর", "x" * 600,
        "২০২৪-২৬ অর্থবছর", "২-১ ঘণ্টা আগে", "প্রতি মাসের ৩২", "আজ খবর",
    ],
)
@pytest.mark.parametrize(
    "now",
    [
        NOW,
        None,
        datetime(9999, 12, 31, 23, 30),  # read_span refuses this now in a zone ahead …
        datetime(9999, 12, 31, 23, 30, tzinfo=timezone.utc),
        datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=10))),
    ],
)
def test_rejections_unchanged_on_edges(text: str, now: datetime | None) -> None:
    if now is None:  # the clock: what a span is read as may change, its kind and errors do not
        assert _kind(lambda: bd.read(text, now=None)) == _kind(lambda: old_read(text, None)), text
        assert _kind(lambda: bd.to_iso(text, now=None)) == _kind(lambda: old_to_iso(text, None)), text
        return
    for tz in (ZONE, "UTC", "Pacific/Kiritimati", "America/Adak"):
        assert_same(text, now, tz)


def _kind(call: Callable[[], object]) -> object:
    try:
        return type(call())
    except Exception as exc:  # any error is compared
        return type(exc), str(exc)


def _span_kinds(text: str) -> str | None:
    """The kinds the span reader reads for ``text`` (None: it reads none)."""
    norm = normalize(text)
    kinds = scan_kinds(norm)[0]
    if "U" in kinds:
        spoken = parsing._spell_numbers(norm)
        return None if spoken is None else scan_kinds(spoken)[0]
    return kinds


def assert_skip_is_exact(text: str) -> None:
    """Where the test says no span, ``read_span`` finds none and refuses nothing."""
    if len(text) > parsing.MAX_LENGTH:
        return
    kinds = _span_kinds(text)
    if kinds is not None and reading.may_be_span(kinds):
        return
    assert reading.read_span(text, now=NOW) is None, text


@pytest.mark.parametrize("name", tuple(corpora()))
def test_the_skip_is_exact_on_corpus(name: str) -> None:
    for text in corpora()[name]:
        assert_skip_is_exact(text)


# Tokens of every kind but the span kinds, around the words that make spans without them.
_KINDS_TEXT = st.lists(
    st.sampled_from(
        [
            "১৪", "৩", "২০২৪", "১২৩", "১২৩৪৫", "সেপ্টেম্বর", "বৈশাখ", "রমজান", "শুক্রবার", "শনি",
            "পিএম", "সকাল", "রাত", "টা", "সাড়ে", "দেড়টা", "লা", "খ্রিস্টাব্দ", "সাল", "প্রকাশ",
            "বাংলাদেশ সময়", "আজ", "এখন", "গত", "আগামী", "পরশু", "আগে", "পরে", "দেড়", "আধা",
            "প্রথম", "শেষ", "ধরে", "বেশি", "প্রায়", "দিবাগত", "T", ":", ",", "।", "/", ".", "+",
            "খবর", "দুই", "চৌদ্দ", "ছাড়া", "সাপ্তাহিক", " ",
        ]
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=400)
@given(st.one_of(_KINDS_TEXT, GENERATED))
def test_the_skip_is_exact_on_generated_text(text: str) -> None:
    assert_skip_is_exact(text)


def test_span_kinds_are_what_spans_need() -> None:
    """Each span kind alone can make a span (none of them is there for nothing)."""
    examples = {
        "f": "২০১৭ সাল থেকে", "p": "৫ আগস্ট পর্যন্ত", "&": "১৪ ও ১৫ সেপ্টেম্বর", "-": "১০-১২ সেপ্টেম্বর ২০২৪",
        "m": "৩০ মিনিট", "s": "১০ সেকেন্ড", "u": "৩ ঘণ্টা", "k": "ঘণ্টাখানেক", "e": "প্রতিদিন",
        "H": "শুক্রবার সাপ্তাহিক ছুটি", "Y": "চলতি অর্থবছর", "i": "একদিন পরপর", "/": "১৪/১৫ সেপ্টেম্বর", "c": "দুদিন ধরে",
        "b": "১৯৯০-এর দশকে", "l": "ঘণ্টা দুয়েক",
    }
    assert set(examples) == set(reading.SPAN_KINDS)
    for kind, text in examples.items():
        assert kind in scan_kinds(normalize(text))[0], text
        assert reading.read_span(text, now=NOW) is not None, text
