"""The benchmark's corpus and yardstick: distinct, deterministic, and right.

The benchmark (benchmarks/bench_core.py) is only as honest as its inputs: the strings
must be distinct (no cache may help), the same on every run, and their expected values
right; the hand-written baseline must read the news form correctly, or the ratios mean
nothing. Timing is not tested here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bn_datetime.lexicon import MONTHS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import baseline
import corpus

N = 2000
PLUS_SIX = timezone(timedelta(hours=6))
# The news form, checked here independently of both the generator and the baseline.
NEWS_SHAPE = re.compile(r"[০-৯]{2} [\u0980-\u09ff]+ [০-৯]{4}, [০-৯]{2}:[০-৯]{2} (এএম|পিএম)")


@pytest.fixture(scope="module")
def news() -> list[tuple[str, str]]:
    return corpus.news_form(N)


@pytest.fixture(scope="module")
def mixed() -> list[tuple[str, str]]:
    return corpus.mixed(N)


def _expected_value(expected: str) -> date:
    """The expected ISO value as a date or aware datetime (a datetime is a date)."""
    if "T" in expected:
        value = datetime.fromisoformat(expected)
        assert value.utcoffset() is not None, expected
        return value
    return date.fromisoformat(expected)


@pytest.mark.parametrize("name", ["news", "mixed"])
def test_corpus_is_distinct_even_after_normalising(
    name: str, request: pytest.FixtureRequest
) -> None:
    cases: list[tuple[str, str]] = request.getfixturevalue(name)
    assert len(cases) == N
    assert len({text for text, _ in cases}) == N
    assert len({corpus.distinct_key(text) for text, _ in cases}) == N


@pytest.mark.parametrize("make", [corpus.news_form, corpus.mixed])
def test_corpus_is_deterministic(make: Callable[..., list[tuple[str, str]]]) -> None:
    assert make(300) == make(300)
    assert make(300, seed=5) == make(300, seed=5)
    assert make(300, seed=5) != make(300, seed=6)
    assert make(300) == make(600)[:300]


@pytest.mark.parametrize("name", ["news", "mixed"])
def test_expected_values_are_well_formed(name: str, request: pytest.FixtureRequest) -> None:
    cases: list[tuple[str, str]] = request.getfixturevalue(name)
    for text, expected in cases:
        value = _expected_value(expected)
        assert corpus.FIRST_YEAR <= value.year <= corpus.LAST_YEAR
        # every form writes the year in full, in one digit script or the other
        assert expected[:4] in corpus.distinct_key(text), (text, expected)


def test_news_form_is_exactly_the_seed_form(news: list[tuple[str, str]]) -> None:
    canonical = {words[0] for _, words in MONTHS}
    for text, _ in news:
        assert NEWS_SHAPE.fullmatch(text), text
        assert text.split()[1] in canonical, text
    assert corpus.news_text(datetime(2024, 9, 14, 18, 42)) == "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"


def test_corpus_covers_bangladesh_2009_daylight_saving(news: list[tuple[str, str]]) -> None:
    assert any(expected.endswith("+07:00") for _, expected in news)
    assert all(
        expected.startswith("2009-") for _, expected in news if not expected.endswith("+06:00")
    )


DIGIT = "[০-৯0-9]"


@pytest.mark.parametrize(
    "pattern",
    [
        "^প্রকাশ",
        "^আপডেট",
        "^সর্বশেষ আপডেট",
        "^শনিবার, ",
        "পিএম$",
        "অপরাহ্ণ$",
        "PM$",
        f"{DIGIT}: {DIGIT}",  # Prothom Alo's ১৮: ৪২
        f"টা {DIGIT}+ মিনিট$",
        "সাড়ে",
        "পৌনে",
        "সোয়া",
        "দেড়টা",
        "আড়াইটা",
        f"(^| ){DIGIT}লা ",
        f"(^| ){DIGIT}রা ",
        f"(^| ){DIGIT}ঠা ",
        f"{DIGIT}ই ",
        f"{DIGIT}শে ",
        f"{DIGIT} শে ",
        f"^[^ ]+ {DIGIT}+, {DIGIT}{{4}}",  # সেপ্টেম্বর ১৪, ২০২৪
        f"^{DIGIT}{{2}}/{DIGIT}{{2}}/{DIGIT}{{4}}$",
        f"^{DIGIT}{{2}}\\.{DIGIT}{{2}}\\.{DIGIT}{{4}}$",
        f"^{DIGIT}{{2}}-{DIGIT}{{2}}-{DIGIT}{{4}} {DIGIT}{{2}}:{DIGIT}{{2}}$",
        "^[০-৯]{4}-[০-৯]{2}-[০-৯]{2}T[০-৯:]{8}[+]০৬:০০$",
        "সেপ্টেম্বার",
        "খ্রি",
        "\u09df",  # the precomposed য় that web pages use
        "য\u09bc",  # and the NFC form
    ],
)
def test_mixed_corpus_has_each_form(pattern: str, mixed: list[tuple[str, str]]) -> None:
    assert any(re.search(pattern, text) for text, _ in mixed)


def test_mixed_corpus_has_ascii_digits_and_date_only_values(mixed: list[tuple[str, str]]) -> None:
    assert any(re.search(r"[0-9]{4}", text) for text, _ in mixed)
    assert any("T" not in expected for _, expected in mixed)
    assert sum("T" in expected for _, expected in mixed) > N // 2


def test_baseline_reads_the_news_form(news: list[tuple[str, str]]) -> None:
    """Right on every string, except that a fixed +06:00 misses the 2009 DST offset."""
    for text, expected in news:
        got = baseline.parse(text)
        assert baseline.parse_tight(text) == got
        if expected.endswith("+06:00"):
            assert got == expected, text
        else:
            assert got == expected[:-6] + "+06:00", text


def test_baseline_formats_the_news_form(news: list[tuple[str, str]]) -> None:
    for text, expected in news:
        value = datetime.fromisoformat(expected)
        assert baseline.format_news(value) == text
        assert baseline.format_tight(value) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "১৪ সেপ্টেম্বর ২০২৪",
        "১৪ সেপ্টেম্বর ২০২৪, ১৩:০০ পিএম",
        "১৪ সেপ্টেম্বর ২০২৪, ০০:৪২ এএম",
        "৩২ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম",
        "১৪ সেপ্টেম্বার ২০২৪, ০৬:৪২ পিএম",
        "প্রকাশ: ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম",
    ],
)
def test_baseline_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the baseline raises plain ValueError
        baseline.parse(text)
    with pytest.raises(ValueError):  # noqa: PT011
        baseline.parse_tight(text)


@given(
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2030, 12, 31, 23, 59)).map(
        lambda moment: moment.replace(second=0, microsecond=0, tzinfo=PLUS_SIX)
    )
)
def test_baseline_round_trip(moment: datetime) -> None:
    text = baseline.format_news(moment)
    assert text == baseline.format_tight(moment) == corpus.news_text(moment)
    assert baseline.parse(text) == baseline.parse_tight(text) == moment.isoformat()
