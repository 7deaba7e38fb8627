"""pandas accessor: ``Series.bn`` for columns of Bengali date text.

Importing this module registers the accessor (pandas is an optional extra:
``pip install "bn_datetime[pandas]"``):

>>> import pandas as pd
>>> import bn_datetime.pandas
>>> s = pd.Series(["প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "১৫ সেপ্টেম্বর ২০২৪", None], index=[10, 11, 12])
>>> s.bn.to_datetime()
10   2024-09-14 18:42:00+06:00
11   2024-09-15 00:00:00+06:00
12                         NaT
dtype: datetime64[..., Asia/Dhaka]
>>> s.bn.to_iso().tolist()
['2024-09-14T18:42:00+06:00', '2024-09-15', nan]

``to_datetime`` follows :func:`pandas.to_datetime`: the index and name are kept,
missing values (``None``, ``NaN``, ``pd.NA``, ``NaT``) become ``NaT``, and
``errors="coerce"`` turns text that cannot be read into ``NaT`` instead of raising.
Each string is read exactly as :func:`bn_datetime.parse` reads it. The resolution is
pandas': microseconds with pandas 3, nanoseconds with pandas 2.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from datetime import date, datetime, tzinfo
from typing import Any, Literal, TypeVar

try:
    import pandas as pd
except ImportError as exc:  # pragma: no cover - depends on the environment
    msg = 'bn_datetime.pandas needs pandas: pip install "bn_datetime[pandas]"'
    raise ImportError(msg) from exc

from . import tz as _tz
from .reader.batch import check_errors, results_many, to_iso_many
from .reader.components import Parsed
from .reader.pattern import compile_pattern
from .reader.searching import Match, iter_search
from .text.digits import to_ascii_digits
from .writer.formatting import AmPmWords, Digits, format_datetime
from .writer.spans_formatting import SPAN_TYPES, format_span

__all__ = ["BengaliAccessor", "Errors"]

Errors = Literal["raise", "coerce"]
#: The resolution pandas.to_datetime gives a parsed string (us in pandas 3, ns in 2).
_UNIT: Literal["s", "ms", "us", "ns"] = pd.to_datetime(
    ["2000-01-01T00:00:00.000001"], utc=True
).unit
#: The columns of :meth:`BengaliAccessor.search` (and fields of the Spark search UDF).
_T = TypeVar("_T")
SEARCH_COLUMNS = ("start", "end", "text", "iso", "precision", "calendar", "kind")


def _missing(value: object) -> bool:
    """A scalar pandas counts as missing: None, NaN, pd.NA, NaT."""
    return value is None or value is pd.NA or value is pd.NaT or value != value


def _pandas_tz(tz: str | tzinfo) -> str | tzinfo:
    """The zone for pandas: an IANA name as a name (pandas picks its zone library)."""
    zone = _tz.get_tz(tz)
    return zone.zone if hasattr(zone, "zone") else zone  # pytz zones carry their name


def _moment(value: date, zone: tzinfo, disambiguate: _tz.Disambiguate) -> datetime:
    """A value that is already a moment: aware as is, naive (or a date) as a wall time in
    ``zone``; a ``Timestamp`` keeps its nanoseconds."""
    if not isinstance(value, datetime):
        return _tz.localize(datetime(value.year, value.month, value.day), zone, "compatible")
    if value.utcoffset() is not None:
        return value
    if isinstance(value, pd.Timestamp):
        aware = _tz.localize(value.to_pydatetime(warn=False), zone, disambiguate)
        moment: datetime = pd.Timestamp(aware) + pd.Timedelta(nanoseconds=value.nanosecond)
        return moment
    return _tz.localize(value, zone, disambiguate)


def _note_row(exc: BaseException, label: Hashable) -> None:
    if hasattr(exc, "add_note"):  # Python 3.11+
        exc.add_note(f"in the row with index {label!r}")


def parse_series(
    values: Iterable[object],
    labels: Iterable[Hashable],
    errors: Errors,
    options: dict[str, Any],
) -> Iterator[Parsed | None]:
    """:func:`bn_datetime.results_many` over a column: ``None`` for a missing value, or
    for a failure under ``errors="coerce"``; under ``"raise"`` the first failure is
    raised, with a note naming its row. A value that is neither ``str`` nor missing is
    a ``TypeError`` (``None`` when coerced).
    """
    check_errors(errors)
    if options.get("pattern") is not None:
        compile_pattern(options["pattern"])  # a bad pattern is an error, never all-NaT
    if iter(values) is values:  # read twice below: an iterator must be kept
        values = list(values)
    yield from _rows(results_many(values, **options), values, labels, errors, Parsed)


def iso_series(
    values: Iterable[object],
    labels: Iterable[Hashable],
    errors: Errors,
    options: dict[str, Any],
) -> Iterator[str | None]:
    """:func:`bn_datetime.to_iso_many` over a column, with :func:`parse_series`'s rules:
    every kind a text may denote (a point, an interval, a duration, a recurrence)."""
    check_errors(errors)
    if options.get("pattern") is not None:
        compile_pattern(options["pattern"])
    if iter(values) is values:
        values = list(values)
    yield from _rows(to_iso_many(values, **options), values, labels, errors, str)


def _rows(
    results: Iterable[object],
    values: Iterable[object],
    labels: Iterable[Hashable],
    errors: Errors,
    kind: type[_T],
) -> Iterator[_T | None]:
    for result, value, label in zip(results, values, labels, strict=True):
        if isinstance(result, kind):
            yield result
        elif errors == "coerce" or (isinstance(result, TypeError) and _missing(value)):
            yield None
        else:
            assert isinstance(result, (ValueError, TypeError))
            if isinstance(result, TypeError):
                result = TypeError(
                    f"expected str, got {type(value).__name__} in the row with index {label!r}"
                )
            else:
                _note_row(result, label)
            raise result


def match_row(m: Match) -> tuple[int, int, str, str, str | None, str, str]:
    """A match as the values of :data:`SEARCH_COLUMNS`."""
    return (m.start, m.end, m.text, m.isoformat(), m.precision, m.calendar, m.kind)


def search_series(
    values: Iterable[object], labels: Iterable[Hashable], options: dict[str, Any]
) -> Iterator[list[Match] | None]:
    """:func:`bn_datetime.search` over a column: the matches of each row, ``None`` for a
    missing value; a value that is neither ``str`` nor missing is a ``TypeError``."""
    for value, label in zip(values, labels, strict=True):
        if isinstance(value, str):
            yield list(iter_search(value, **options))
        elif _missing(value):
            yield None
        else:
            msg = f"expected str, got {type(value).__name__} in the row with index {label!r}"
            raise TypeError(msg)


@pd.api.extensions.register_series_accessor("bn")
class BengaliAccessor:
    """``Series.bn``: read and write Bengali dates in a pandas Series.

    The keyword arguments ``pattern``, ``tz``, ``now``, ``disambiguate``, ``strict``
    and ``calendar`` are those of :func:`bn_datetime.parse`.
    """

    def __init__(self, series: pd.Series[Any]) -> None:
        self._series = series

    def _parsed(self, errors: Errors, **options: Any) -> Iterator[Parsed | None]:
        s = self._series
        return parse_series(s.array, s.index, errors, options)

    def to_datetime(
        self,
        pattern: str | None = None,
        *,
        format: str | None = None,  # noqa: A002 - pandas.to_datetime's name
        tz: str | tzinfo | None = _tz.DEFAULT_TZ,
        utc: bool = False,
        errors: Errors = "raise",
        now: datetime | None = None,
        disambiguate: _tz.Disambiguate = "raise",
        strict: bool = False,
        calendar: str = "bd",
    ) -> pd.Series[pd.Timestamp]:
        """A tz-aware ``datetime64`` Series in ``tz``, index and name kept.

        A date without a time is midnight in ``tz``; a zone written in the text gives
        the same instant, shown in ``tz``. Missing values and (with
        ``errors="coerce"``) unreadable text are ``NaT``.

        As with :func:`pandas.to_datetime`: ``format=`` is the pattern (``pattern=``
        too), ``utc=True`` shows the result in UTC, and values that are already
        moments pass through — an aware ``datetime``/``Timestamp`` as the same
        instant, a naive one (or a ``date``, at midnight) as a wall time in ``tz``.
        ``tz=None`` is the default zone.

        >>> import pandas as pd
        >>> s = pd.Series(["১৪/০৯/২০২৪", "আজ", "৩১ এপ্রিল ২০২৪"], name="published")
        >>> s.bn.to_datetime(errors="coerce", now=datetime(2024, 9, 15, 9, 0))
        0   2024-09-14 00:00:00+06:00
        1   2024-09-15 00:00:00+06:00
        2                         NaT
        Name: published, dtype: datetime64[..., Asia/Dhaka]
        >>> mixed = pd.Series(["১৪ সেপ্টেম্বর ২০২৪", pd.Timestamp("2024-09-14 12:00", tz="UTC"), None])
        >>> mixed.bn.to_datetime(utc=True).tolist()
        [Timestamp('2024-09-13 18:00:00+0000', tz='UTC'), Timestamp('2024-09-14 12:00:00+0000', tz='UTC'), NaT]
        """
        if format is not None and pattern is not None and format != pattern:
            msg = "to_datetime() takes pattern= or format= (the same thing), not both"
            raise TypeError(msg)
        pattern = pattern if pattern is not None else format
        zone = _tz.get_tz(_tz.DEFAULT_TZ if tz is None else tz)
        s = self._series
        values = list(s.array)
        given = {
            i: _moment(v, zone, disambiguate)
            for i, v in enumerate(values)
            if isinstance(v, date) and not _missing(v)
        }
        texts = [None if i in given else v for i, v in enumerate(values)]
        parsed = parse_series(
            texts, s.index, errors,
            {"pattern": pattern, "tz": zone, "now": now, "disambiguate": disambiguate,
             "strict": strict, "calendar": calendar},
        )
        moments = [given.get(i, None if p is None else p.value) for i, p in enumerate(parsed)]
        in_utc = pd.to_datetime(pd.Series(moments, index=s.index, dtype=object), utc=True)
        if in_utc.dt.unit != _UNIT:  # all missing (or empty): pandas would pick seconds
            in_utc = in_utc.dt.as_unit(_UNIT)
        result: pd.Series[pd.Timestamp] = in_utc.dt.tz_convert("UTC" if utc else _pandas_tz(zone))
        result.name = s.name
        return result

    def to_iso(
        self,
        pattern: str | None = None,
        *,
        tz: str | tzinfo = _tz.DEFAULT_TZ,
        errors: Errors = "raise",
        now: datetime | None = None,
        disambiguate: _tz.Disambiguate = "raise",
        strict: bool = False,
        calendar: str = "bd",
    ) -> pd.Series[str]:
        """ISO 8601 strings at each text's precision (as :func:`bn_datetime.to_iso`): a
        point, an interval, a duration or a recurrence.

        >>> import pandas as pd
        >>> pd.Series(["সেপ্টেম্বর ২০২৪", "রাত ৯টা, ১৪/০৯/২০২৪", "১০-১২ সেপ্টেম্বর ২০২৪"]).bn.to_iso().tolist()
        ['2024-09', '2024-09-14T21:00:00+06:00', '2024-09-10/2024-09-12']
        """
        s = self._series
        options = {
            "pattern": pattern, "tz": tz, "now": now, "disambiguate": disambiguate,
            "strict": strict, "calendar": calendar,
        }
        isos = list(iso_series(s.array, s.index, errors, options))
        return pd.Series(isos, index=s.index, name=s.name)

    def format(
        self,
        style: str = "news",
        *,
        digits: Digits = "bengali",
        ampm: AmPmWords = "short",
        tz: str | tzinfo | None = None,
        precomposed: bool = False,
        calendar: str = "gregorian",
    ) -> pd.Series[str]:
        """Write each datetime (or date, or ISO 8601 string) in Bengali.

        Arguments are those of :func:`bn_datetime.format_datetime`; missing values
        stay missing.

        >>> import pandas as pd
        >>> moments = pd.Series(pd.to_datetime(["2024-09-14 18:42", None])).dt.tz_localize("Asia/Dhaka")
        >>> moments.bn.format("news").tolist()
        ['১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম', nan]
        >>> moments.bn.format("date", calendar="bd").tolist()
        ['৩০ ভাদ্র ১৪৩১', nan]

        Intervals, durations and recurrences are written too (``style`` is then an
        interval's ``date``, ``time`` or ``datetime``, see :func:`bn_datetime.format_span`):

        >>> from bn_datetime.values import Duration, Recurrence
        >>> pd.Series([Duration(hours=3, minutes=45), Recurrence("weekly", byweekday=("FR",))]).bn.format().tolist()
        ['৩ ঘণ্টা ৪৫ মিনিট', 'প্রতি শুক্রবার']
        """
        out: list[str | None] = []
        for value in self._series.array:
            if _missing(value):
                out.append(None)
            elif isinstance(value, SPAN_TYPES):  # an Interval, Duration or Recurrence
                out.append(format_span(value, style, digits=digits))
            elif isinstance(value, (datetime, date, str, Parsed)):
                out.append(
                    format_datetime(
                        value,
                        style,
                        digits=digits,
                        ampm=ampm,
                        tz=tz,
                        precomposed=precomposed,
                        calendar=calendar,
                    )
                )
            else:
                msg = f"cannot format a {type(value).__name__}"
                raise TypeError(msg)
        s = self._series
        return pd.Series(out, index=s.index, name=s.name)

    def to_ascii_digits(self) -> pd.Series[str]:
        """Bengali digits as ASCII digits, everything else unchanged.

        >>> import pandas as pd
        >>> pd.Series(["১৪/০৯/২০২৪", None]).bn.to_ascii_digits().tolist()
        ['14/09/2024', nan]
        """
        s = self._series
        out = [None if _missing(v) else to_ascii_digits(v) for v in s.array]
        return pd.Series(out, index=s.index, name=s.name)

    def search(
        self,
        *,
        tz: str | tzinfo = _tz.DEFAULT_TZ,
        now: datetime | None = None,
        calendar: str = "bd",
        disambiguate: _tz.Disambiguate = "compatible",
    ) -> pd.DataFrame:
        """Every date in every row, one row per match (as :func:`bn_datetime.search`).

        Like :meth:`pandas.Series.str.extractall`, the result's index is the source
        row's index plus a level ``match`` numbering the matches in that row; the
        columns are ``start``, ``end`` (offsets into that row's text), ``text``,
        ``iso``, ``precision``, ``calendar`` and ``kind`` (date, time, datetime, interval,
        duration, recurrence). Rows without a match give no rows.

        >>> import pandas as pd
        >>> now = datetime(2024, 9, 14, 20, 0)
        >>> s = pd.Series(["প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪। গতকাল রাত ১১টায় আগুন", "কিছু নেই"], index=["a", "b"])
        >>> found = s.bn.search(now=now)
        >>> found.index.tolist()
        [('a', 0), ('a', 1)]
        >>> found[["start", "text", "iso"]].values.tolist()
        [[9, '১৪ সেপ্টেম্বর ২০২৪', '2024-09-14'], [29, 'গতকাল রাত ১১টায়', '2024-09-13T23:00:00+06:00']]
        """
        s = self._series
        if now is None:
            now = _tz.now(_tz.get_tz(tz))  # one now for every row
        options = {"tz": tz, "now": now, "calendar": calendar, "disambiguate": disambiguate}
        rows: list[tuple[Any, ...]] = []
        keys: list[tuple[Hashable, int]] = []
        for label, matches in zip(s.index, search_series(s.array, s.index, options), strict=True):
            for number, m in enumerate(matches or ()):
                rows.append(match_row(m))
                keys.append((label, number))
        names = [*s.index.names, "match"]
        if isinstance(s.index, pd.MultiIndex):
            tuples = [(*label, number) for label, number in keys]  # type: ignore[misc]
        else:
            tuples = keys
        index = pd.MultiIndex.from_tuples(tuples, names=names) if tuples else None
        frame = pd.DataFrame(rows, columns=list(SEARCH_COLUMNS), index=index)
        if not tuples:
            frame.index = pd.MultiIndex.from_arrays([[]] * len(names), names=names)
        return frame.astype({"start": "int64", "end": "int64"})

    def page_dates(
        self,
        *,
        url: Iterable[str | None] | None = None,
        tz: str | tzinfo | None = None,
        now: datetime | None = None,
    ) -> pd.DataFrame:
        """Each row's page (HTML or text) → its ``published`` and ``updated`` ISO
        datetimes and the ``source`` that decided (as :func:`bn_datetime.page_dates`).

        ``url`` gives each row's address (same order as the rows). A missing row gives
        ``None`` in every column; a page that states no date gives ``None`` dates.

        >>> import pandas as pd
        >>> pages = pd.Series(["<p>প্রকাশ: ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম</p>", None, "কিছু নেই"])
        >>> pages.bn.page_dates().values.tolist()
        [['2024-09-14T18:42:00+06:00', None, 'label'], [None, None, None], [None, None, '']]
        """
        from .pages import page_dates

        s = self._series
        urls = [None] * len(s) if url is None else list(url)
        if len(urls) != len(s):
            msg = f"url has {len(urls)} items for {len(s)} rows"
            raise ValueError(msg)
        rows: list[tuple[str | None, str | None, str | None]] = []
        for page, address in zip(s.array, urls, strict=True):
            if _missing(page):
                rows.append((None, None, None))
                continue
            r = page_dates(page, url=address, tz=tz, now=now)
            rows.append(
                (
                    None if r.published is None else r.published.isoformat(),
                    None if r.updated is None else r.updated.isoformat(),
                    r.source,
                )
            )
        return pd.DataFrame(rows, columns=["published", "updated", "source"], index=s.index, dtype=object)
