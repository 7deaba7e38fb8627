"""Spark: vectorised pandas UDFs for date columns too big for one machine.

Each function returns a pyspark ``pandas_udf`` that reads a string column batch by
batch with :mod:`bn_datetime.pandas`, so a Spark job gives exactly what
:func:`bn_datetime.to_iso`, :func:`bn_datetime.parse` and :func:`bn_datetime.search`
give on the same rows. Needs ``pyspark`` (with pyarrow and pandas) and Java:
``pip install "bn_datetime[spark]"``. This module imports without them; the
functions need them.

* :func:`to_iso_udf` — a ``string`` column of ISO 8601 at each text's precision;
* :func:`parse_udf` — a ``timestamp`` column (dates are midnight in ``tz``);
* :func:`search_udf` — an ``array<struct<start, end, text, iso, precision,
  calendar>>`` column, one element per date found in the text;
* :func:`page_dates_udf` — a ``struct<published, updated, source>`` column from a
  column of saved pages (HTML or text), as :func:`bn_datetime.page_dates`.

``errors="coerce"`` makes text that cannot be read ``null`` (the default, ``"raise"``,
fails the task with the :class:`~bn_datetime.ParseError`, as a single-process call
would). ``now`` (for আজ, গতকাল and dates without a year) is read once, when the UDF is
made, unless given, so every row of a job is relative to the same moment.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from . import tz as _tz
from .reader.batch import check_errors
from .reader.pattern import compile_pattern

__all__ = ["PAGE_SCHEMA", "SEARCH_SCHEMA", "page_dates_udf", "parse_udf", "search_udf", "to_iso_udf"]

#: The element type of :func:`search_udf`'s array, as a Spark DDL string.
SEARCH_SCHEMA = (
    "array<struct<start:int,end:int,text:string,iso:string,precision:string,calendar:string,"
    "kind:string>>"
)

#: The type of :func:`page_dates_udf`'s column, as a Spark DDL string.
PAGE_SCHEMA = "struct<published:string,updated:string,source:string>"


def _pandas_udf(function: Callable[[Any], Any], return_type: str) -> Any:
    """Wrap ``function`` (a pandas Series → Series) as a scalar pandas UDF."""
    try:
        functions = importlib.import_module("pyspark.sql.functions")
        pd = importlib.import_module("pandas")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        msg = 'bn_datetime.spark needs pyspark: pip install "bn_datetime[spark]"'
        raise ImportError(msg) from exc
    # Spark infers the kind of UDF from real type hints (these modules' annotations are
    # strings, and pyspark is imported lazily), so give it the classes themselves.
    function.__annotations__ = {"texts": pd.Series, "return": pd.Series}
    return functions.pandas_udf(function, return_type)


def _options(
    pattern: str | None,
    tz: str | tzinfo,
    now: datetime | None,
    disambiguate: _tz.Disambiguate,
    strict: bool,
    calendar: str,
) -> dict[str, Any]:
    if pattern is not None:
        compile_pattern(pattern)  # a bad pattern fails here, on the driver
    zone = _tz.get_tz(tz)
    return {
        "pattern": pattern,
        "tz": tz,
        "now": now if now is not None else _tz.now(zone),
        "disambiguate": disambiguate,
        "strict": strict,
        "calendar": calendar,
    }


def to_iso_udf(
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    errors: str = "raise",
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
) -> Any:
    """A pandas UDF: string column → ISO 8601 strings (as :func:`bn_datetime.to_iso`).

    Arguments are those of :func:`bn_datetime.parse`, plus ``errors`` (``"raise"`` or
    ``"coerce"``). Use it as ``df.withColumn("iso", to_iso_udf()("published"))``.
    """
    check_errors(errors)
    options = _options(pattern, tz, now, disambiguate, strict, calendar)

    def to_iso(texts: Any) -> Any:
        from . import pandas as _  # noqa: F401 - registers Series.bn in the worker

        return texts.bn.to_iso(errors=errors, **options)

    return _pandas_udf(to_iso, "string")


def parse_udf(
    pattern: str | None = None,
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    errors: str = "raise",
    now: datetime | None = None,
    disambiguate: _tz.Disambiguate = "raise",
    strict: bool = False,
    calendar: str = "bd",
) -> Any:
    """A pandas UDF: string column → ``timestamp`` (as :func:`bn_datetime.parse`).

    Spark timestamps are instants, shown in the session's time zone
    (``spark.sql.session.timeZone``); a date is midnight in ``tz``.
    """
    check_errors(errors)
    options = _options(pattern, tz, now, disambiguate, strict, calendar)

    def parse(texts: Any) -> Any:
        from . import pandas as _  # noqa: F401 - registers Series.bn in the worker

        return texts.bn.to_datetime(errors=errors, **options)

    return _pandas_udf(parse, "timestamp")


def search_udf(
    *,
    tz: str | tzinfo = _tz.DEFAULT_TZ,
    now: datetime | None = None,
    calendar: str = "bd",
    disambiguate: _tz.Disambiguate = "compatible",
) -> Any:
    """A pandas UDF: text column → the dates in it (as :func:`bn_datetime.search`).

    Each row gives an array of structs (``start``, ``end``, ``text``, ``iso``,
    ``precision``, ``calendar``, ``kind``; see :data:`SEARCH_SCHEMA`), empty when the text has no
    date and ``null`` when the text is ``null``. ``F.explode`` makes one row per match.
    """
    zone = _tz.get_tz(tz)
    options = {
        "tz": tz,
        "now": now if now is not None else _tz.now(zone),
        "calendar": calendar,
        "disambiguate": disambiguate,
    }

    def search(texts: Any) -> Any:
        from .pandas import SEARCH_COLUMNS, match_row, search_series

        out = [
            None
            if matches is None
            else [dict(zip(SEARCH_COLUMNS, match_row(m), strict=True)) for m in matches]
            for matches in search_series(texts.array, texts.index, options)
        ]
        return type(texts)(out, index=texts.index)

    return _pandas_udf(search, SEARCH_SCHEMA)


def page_dates_udf(*, tz: str | tzinfo | None = None, now: datetime | None = None) -> Any:
    """A pandas UDF: column of pages (HTML or text) → ``struct<published, updated,
    source>`` (ISO strings; see :data:`PAGE_SCHEMA`), as :func:`bn_datetime.page_dates`.

    ``tz`` and ``now`` are those of :func:`bn_datetime.page_dates` (``now``, when given,
    is the time the pages were saved). A ``null`` page gives a struct of nulls.
    """
    if tz is not None:
        _tz.get_tz(tz)  # an unknown zone fails here, on the driver

    def page_dates(texts: Any) -> Any:
        from . import pandas as _  # noqa: F401 - registers Series.bn in the worker

        return texts.bn.page_dates(tz=tz, now=now)

    return _pandas_udf(page_dates, PAGE_SCHEMA)
