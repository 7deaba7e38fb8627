"""The pandas accessor (bn_datetime.pandas): Series.bn.*"""

from __future__ import annotations

import math
import zoneinfo
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import bn_datetime as bd  # noqa: E402
import bn_datetime.pandas  # noqa: E402 - registers the accessor
from bn_datetime.pandas import _UNIT as UNIT  # noqa: E402 - us with pandas 3, ns with 2
from bn_datetime.strategies import bengali_datetime_strings  # noqa: E402

NOW = datetime(2024, 9, 14, 20, 0)
TEXTS = [
    "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম",
    "শনিবার, ১৪ সেপ্টেম্বর ২০২৪",
    "২০ জুন ২০০৯, ১০:০০ এএম",
    "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম GMT +৫:৩০",
    "গতকাল রাত ১১টায়",
    "১লা বৈশাখ ১৪৩১ বঙ্গাব্দ",
    "সেপ্টেম্বর ২০২৪",
    "1৪ Sept. 2024, 6:42 PM",
]
BAD = ["১৪ সেপ্টেমবর ২০২৪", "৩১ এপ্রিল ২০২৪", "", "কিছু না"]


def series(values: list[Any], **kwargs: Any) -> Any:
    return pd.Series(values, dtype=object, **kwargs)


# --- to_datetime


def test_to_datetime_matches_parse_row_by_row() -> None:
    s = series(TEXTS, index=range(100, 100 + len(TEXTS)), name="published")
    out = s.bn.to_datetime(now=NOW)
    assert str(out.dtype) == f"datetime64[{UNIT}, Asia/Dhaka]"
    assert out.name == "published"
    assert list(out.index) == list(s.index)
    for text, got in zip(TEXTS, out, strict=True):
        assert got.to_pydatetime() == bd.parse(text, now=NOW)
        assert got.tzinfo is not None


def test_to_datetime_follows_pandas_on_what_both_read() -> None:
    iso = ["2024-09-14T18:42:00+06:00", "2009-06-20T10:00:00+07:00", "2024-09-14T12:42:00Z"]
    ours = series(iso).bn.to_datetime()
    theirs = pd.to_datetime(pd.Series(iso), utc=True).dt.tz_convert("Asia/Dhaka")
    pd.testing.assert_series_equal(ours, theirs)


@pytest.mark.parametrize(
    ("tz", "dtype"),
    [
        ("Asia/Dhaka", f"datetime64[{UNIT}, Asia/Dhaka]"),
        ("Asia/Kolkata", f"datetime64[{UNIT}, Asia/Kolkata]"),
        ("UTC", f"datetime64[{UNIT}, UTC]"),
        (zoneinfo.ZoneInfo("Asia/Dhaka"), f"datetime64[{UNIT}, Asia/Dhaka]"),
        (timezone(timedelta(hours=6)), f"datetime64[{UNIT}, UTC+06:00]"),
        ("+05:30", f"datetime64[{UNIT}, UTC+05:30]"),
    ],
)
def test_to_datetime_zone(tz: Any, dtype: str) -> None:
    out = series(TEXTS[:3]).bn.to_datetime(tz=tz)
    assert str(out.dtype) == dtype
    for text, got in zip(TEXTS[:3], out, strict=True):
        assert got.to_pydatetime() == bd.parse(text, tz=tz)


def test_to_datetime_date_is_midnight_in_tz() -> None:
    out = series(["১৪ সেপ্টেম্বর ২০২৪"]).bn.to_datetime(tz="Asia/Kolkata")
    assert out[0].isoformat() == "2024-09-14T00:00:00+05:30"


def test_a_zone_in_the_text_is_the_same_instant_shown_in_tz() -> None:
    out = series(["১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম GMT +৫:৩০"]).bn.to_datetime()
    assert out[0].isoformat() == "2024-09-14T19:12:00+06:00"


@pytest.mark.parametrize("missing", [None, float("nan"), "NA", "NaT"])
def test_missing_values_are_nat_even_when_raising(missing: Any) -> None:
    value = {"NA": pd.NA, "NaT": pd.NaT}.get(missing, missing)
    out = series([TEXTS[0], value]).bn.to_datetime(errors="raise")
    assert out.isna().tolist() == [False, True]


@pytest.mark.parametrize("bad", BAD)
def test_raise_is_the_default_and_names_the_row(bad: str) -> None:
    s = series([TEXTS[0], bad], index=["ok", "broken"])
    with pytest.raises(bd.ParseError) as caught:
        s.bn.to_datetime()
    assert caught.value.text == bad
    if hasattr(caught.value, "__notes__"):
        assert caught.value.__notes__ == ["in the row with index 'broken'"]


def test_coerce_gives_nat_and_keeps_the_rest() -> None:
    s = series([BAD[0], TEXTS[0], BAD[1], None, 17], index=list("abcde"))
    out = s.bn.to_datetime(errors="coerce")
    assert out.isna().tolist() == [True, False, True, True, True]
    assert out["b"].to_pydatetime() == bd.parse(TEXTS[0])


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError, match=r"expected str, got int in the row with index 1"):
        series([TEXTS[0], 17]).bn.to_datetime()


def test_moments_pass_through_as_pandas_to_datetime_does() -> None:
    """Issue 17: a Timestamp, a datetime or NaT in the column is a value, not an error."""
    s = pd.Series(["১৪ সেপ্টেম্বর ২০২৪", pd.Timestamp("2024-09-14", tz="Asia/Dhaka"), None])
    out = s.bn.to_datetime()
    assert len(out) == 3 and out.isna().tolist() == [False, False, True]
    assert out[0] == out[1] == pd.Timestamp("2024-09-14", tz="Asia/Dhaka")
    mixed = pd.Series([
        datetime(2024, 9, 14, 12, 0, tzinfo=timezone.utc),  # aware: the same instant
        datetime(2024, 9, 14, 12, 0),  # naive: a wall time in tz
        pd.Timestamp("2024-09-14 12:00"),
        date(2024, 9, 14),  # a date: midnight in tz
        pd.NaT,
    ])
    for errors in ("raise", "coerce"):
        got = mixed.bn.to_datetime(errors=errors)
        assert got.tolist()[:4] == [
            pd.Timestamp("2024-09-14 18:00", tz="Asia/Dhaka"),
            pd.Timestamp("2024-09-14 12:00", tz="Asia/Dhaka"),
            pd.Timestamp("2024-09-14 12:00", tz="Asia/Dhaka"),
            pd.Timestamp("2024-09-14 00:00", tz="Asia/Dhaka"),
        ]
        assert got.isna().tolist() == [False] * 4 + [True]


def test_format_utc_and_tz_none_as_pandas_names_them() -> None:
    s = pd.Series(["১৪/০৯/২০২৪ ১০:৩০", "১৫/০৯/২০২৪ ০৮:০০"])
    by_format = s.bn.to_datetime(format="d/MM/y HH:mm")
    assert by_format.equals(s.bn.to_datetime("d/MM/y HH:mm"))
    assert by_format.equals(s.bn.to_datetime(pattern="d/MM/y HH:mm", format="d/MM/y HH:mm"))
    with pytest.raises(TypeError, match="not both"):
        s.bn.to_datetime(pattern="d/MM/y", format="d/MM/y HH:mm")
    in_utc = s.bn.to_datetime(format="d/MM/y HH:mm", utc=True)
    assert str(in_utc.dt.tz) == "UTC"
    assert in_utc.tolist() == [pd.Timestamp("2024-09-14 04:30", tz="UTC"),
                               pd.Timestamp("2024-09-15 02:00", tz="UTC")]
    assert s.bn.to_datetime(tz=None).equals(s.bn.to_datetime())


def test_bad_errors_argument() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        series(TEXTS).bn.to_datetime(errors="ignore")


@pytest.mark.parametrize("values", [[], [None, None]])
def test_empty_and_all_missing_keep_the_dtype(values: list[Any]) -> None:
    out = series(values).bn.to_datetime()
    assert str(out.dtype) == f"datetime64[{UNIT}, Asia/Dhaka]"
    assert len(out) == len(values)


def test_string_dtypes_and_multiindex() -> None:
    index = pd.MultiIndex.from_tuples([("x", 1), ("x", 2), ("y", 1)], names=["site", "n"])
    s = pd.Series([TEXTS[0], None, TEXTS[1]], index=index, dtype="string")
    out = s.bn.to_datetime()
    assert out.index.equals(index)
    assert out.isna().tolist() == [False, True, False]
    cat = pd.Series([TEXTS[0], TEXTS[0], TEXTS[1]], dtype="category")
    assert cat.bn.to_datetime().tolist() == out.fillna(out.iloc[0]).tolist()


def test_options_reach_the_parser() -> None:
    s = series(["১ পৌষ ১৪৩১", "১৪/০৯/২০২৪", "১৯ জুন ২০০৯, ১১:৩০ পিএম"])
    assert s.bn.to_iso(calendar="bd-1987", errors="coerce")[0] == "2024-12-15"
    assert s.bn.to_iso(pattern="dd/MM/y", errors="coerce").isna().tolist() == [True, False, True]
    out = s.bn.to_datetime(disambiguate="later")
    assert out[2].isoformat() == "2009-06-20T00:30:00+07:00"


@given(st.lists(bengali_datetime_strings(), max_size=20))
def test_to_datetime_reads_drawn_columns(cases: list[tuple[str, datetime]]) -> None:
    s = series([text for text, _ in cases])
    out = s.bn.to_datetime()
    assert [v.to_pydatetime() for v in out] == [expected for _, expected in cases]


# --- to_iso, format, to_ascii_digits


def test_to_iso_matches_to_iso() -> None:
    s = series([*TEXTS, None], name="d")
    out = s.bn.to_iso(now=NOW)
    assert out.name == "d"
    assert out.tolist()[:-1] == [bd.to_iso(t, now=NOW) for t in TEXTS]
    assert out.isna().tolist()[-1]


def test_to_iso_coerce() -> None:
    out = series([BAD[0], TEXTS[1]]).bn.to_iso(errors="coerce")
    assert out.isna().tolist() == [True, False]
    assert out[1] == "2024-09-14"


@pytest.mark.parametrize("style", sorted(bd.STYLES))
def test_format_matches_format_datetime(style: str) -> None:
    moments = series(TEXTS[:4]).bn.to_datetime()
    out = moments.bn.format(style)
    assert out.tolist() == [bd.format_datetime(m.to_pydatetime(), style) for m in moments]


def test_format_round_trips_through_to_datetime() -> None:
    moments = series([*TEXTS[:4], None], index=list("abcde")).bn.to_datetime()
    text = moments.bn.format("news", digits="ascii", ampm="formal")
    assert text.isna().tolist() == [False] * 4 + [True]
    assert text.bn.to_datetime().equals(moments.dt.floor("min"))


def test_format_takes_dates_and_iso_strings() -> None:
    s = series([date(2024, 9, 14), "2024-09-14T18:42:00+06:00", None])
    assert s.bn.format("date").tolist()[:2] == ["১৪ সেপ্টেম্বর ২০২৪"] * 2
    with pytest.raises(TypeError, match="cannot format a int"):
        series([5]).bn.format()


def test_format_naive_datetimes_in_tz() -> None:
    naive = pd.Series(pd.to_datetime(["2024-09-14 18:42"]))
    assert naive.bn.format("iso", tz="Asia/Dhaka")[0] == "২০২৪-০৯-১৪T১৮:৪২:০০+০৬:০০"


def test_to_ascii_digits() -> None:
    s = series(["১৪/০৯/২০২৪", "abc ৫", None], index=[3, 2, 1])
    out = s.bn.to_ascii_digits()
    assert out.tolist()[:2] == ["14/09/2024", "abc 5"]
    assert math.isnan(out.tolist()[2])
    assert list(out.index) == [3, 2, 1]


# --- search


def test_search_one_row_per_match() -> None:
    texts = [
        "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম। শনিবার সাত দিনে ১৭ লাখ টাকা",
        "কোনো তারিখ নেই",
        None,
        "গতকাল রাত ১১টায় আগুন, আজ সকালে নিভেছে",
    ]
    s = series(texts, index=pd.Index([10, 20, 30, 40], name="doc"))
    frame = s.bn.search(now=NOW)
    assert list(frame.columns) == ["start", "end", "text", "iso", "precision", "calendar", "kind"]
    assert frame.index.names == ["doc", "match"]
    expected = [
        ((label, n), (m.start, m.end, m.text, m.isoformat(), m.precision, m.calendar, m.kind))
        for label, text in zip(s.index, texts, strict=True)
        if text is not None
        for n, m in enumerate(bd.search(text, now=NOW))
    ]
    assert [  # a duration has no precision: missing in the frame
        (key, tuple(None if pd.isna(v) else v for v in row))
        for key, row in zip(frame.index, frame.itertuples(index=False), strict=True)
    ] == expected
    assert {label for label, _ in frame.index} == {10, 40}
    for (label, _), row in frame.iterrows():
        assert s[label][row["start"] : row["end"]] == row["text"]


def test_search_no_matches_and_multiindex() -> None:
    empty = series(["কিছু নেই", None]).bn.search(now=NOW)
    assert len(empty) == 0
    assert empty.index.nlevels == 2
    index = pd.MultiIndex.from_tuples([("a", 1)], names=["site", "n"])
    frame = series(["১৪ সেপ্টেম্বর ২০২৪"], index=index).bn.search(now=NOW)
    assert list(frame.index) == [("a", 1, 0)]
    assert frame.index.names == ["site", "n", "match"]
    assert frame["start"].dtype == "int64"


def test_search_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="expected str"):
        series([3]).bn.search(now=NOW)


def test_a_bad_pattern_is_an_error_even_when_coercing() -> None:
    with pytest.raises(bd.PatternError):
        series(TEXTS).bn.to_datetime(pattern="hh:mm", errors="coerce")


def test_to_iso_writes_every_kind() -> None:
    s = pd.Series(["১০-১২ সেপ্টেম্বর ২০২৪", "দেড় ঘণ্টা", "প্রতি শুক্রবার", None, "হ্যালো"])
    got = [None if pd.isna(v) else v for v in s.bn.to_iso(errors="coerce")]
    assert got == ["2024-09-10/2024-09-12", "PT1H30M", "FREQ=WEEKLY;BYDAY=FR", None, None]
    with pytest.raises(bd.ParseError, match="unknown word"):
        s.bn.to_iso()
