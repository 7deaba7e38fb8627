"""bn_datetime.spark in a real local Spark session (local[2]): the UDFs give exactly what
the single-process API gives on the same rows.

Marked ``spark``; skipped, with the reason shown, when pyspark or Java is missing.
``.ci/run`` installs pyspark and runs ``pytest -m spark``.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

import bn_datetime as bd

pytestmark = [
    pytest.mark.spark,
    # pyspark 4 warns that it does not yet fully support pandas 3; these tests check
    # that what we use of it works.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

# Imported through importorskip (typed Any), so mypy passes with or without pyspark.
sql: Any = pytest.importorskip(
    "pyspark.sql", reason='pyspark is not installed (pip install "bn_datetime[spark]")'
)
F: Any = pytest.importorskip("pyspark.sql.functions")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pyspark's pandas UDFs need it)")
pytest.importorskip("pandas", reason="pandas is not installed")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Java is not installed: Spark needs a JRE", allow_module_level=True)

from bn_datetime.spark import SEARCH_SCHEMA, parse_udf, search_udf, to_iso_udf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus  # noqa: E402

NOW = datetime(2024, 9, 14, 20, 0)
BAD = ["১৪ সেপ্টেমবর ২০২৪", "৩১ এপ্রিল ২০২৪", "", "হ্যালো", "গতকাল রাত ১১টায় আগুন, আজ সকালে"]
RELATIVE = ["গতকাল রাত ১১টায়", "আজ", "১২ই সেপ্টেম্বর", "রাত ১০:১৫", "শুক্রবার"]
SENTENCES = [
    "প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম। শনিবার সাত দিনে ১৭ লাখ টাকা",
    "গতকাল রাত ১১টায় আগুন লাগে, আজ সকালে তা নেভে।",
    "কোনো তারিখ নেই",
    "শনিবার, ১৪ সেপ্টেম্বর ২০২৪, ৩০ ভাদ্র ১৪৩১, ১০ রবিউল আউয়াল ১৪৪৬ হিজরি",
]


def rows() -> list[str | None]:
    texts: list[str | None] = [text for text, _ in corpus.mixed(600)]
    for n, i in enumerate(range(0, len(texts), 50)):  # bad rows spread over the partitions
        texts[i] = BAD[n % len(BAD)]
    return [*texts, *RELATIVE, None, *BAD]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYTHONPATH")}
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers: this interpreter, this checkout
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), saved["PYTHONPATH"]]))
    session = (
        sql.SparkSession.builder.master("local[2]")
        .appName("bn_datetime-tests")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def frame(spark: Any, texts: Sequence[str | None], partitions: int = 4) -> Any:
    data = [(i, text) for i, text in enumerate(texts)]
    return spark.createDataFrame(data, "id long, text string").repartition(partitions)


def utc_naive(moment: datetime) -> datetime:
    """A Spark timestamp as collected in a UTC session: naive UTC."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def test_to_iso_udf_equals_to_iso_many(spark: Any) -> None:
    texts = rows()
    df = frame(spark, texts).select("id", to_iso_udf(errors="coerce", now=NOW)("text").alias("iso"))
    got = {r.id: r.iso for r in df.collect()}
    expected = [None if isinstance(r, Exception) else r for r in bd.to_iso_many(texts, now=NOW)]
    assert [got[i] for i in range(len(texts))] == expected
    assert sum(v is None for v in expected) > len(BAD)  # the bad rows are in there


def test_parse_udf_equals_parse(spark: Any) -> None:
    texts = rows()
    df = frame(spark, texts).select("id", parse_udf(errors="coerce", now=NOW)("text").alias("ts"))
    assert dict(df.dtypes)["ts"] == "timestamp"
    got = {r.id: r.ts for r in df.collect()}
    expected = [
        None if isinstance(r, Exception) else utc_naive(r) for r in bd.parse_many(texts, now=NOW)
    ]
    assert [got[i] for i in range(len(texts))] == expected


def test_options_reach_the_workers(spark: Any) -> None:
    texts = ["১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম", "১ পৌষ ১৪৩১", "১৪/০৯/২০২৪"]
    udf = to_iso_udf(tz="Asia/Kolkata", calendar="bd-1987", errors="coerce")
    got = [
        r.iso
        for r in frame(spark, texts, 1).orderBy("id").select(udf("text").alias("iso")).collect()
    ]
    assert got == [bd.to_iso(t, tz="Asia/Kolkata", calendar="bd-1987") for t in texts]
    by_pattern = to_iso_udf("dd/MM/y", errors="coerce")
    got = [
        r.iso
        for r in frame(spark, texts, 1)
        .orderBy("id")
        .select(by_pattern("text").alias("iso"))
        .collect()
    ]
    assert got == [None, None, "2024-09-14"]


def test_search_udf_equals_search(spark: Any) -> None:
    texts: list[str | None] = [*SENTENCES, None, *[text for text, _ in corpus.mixed(40)]]
    df = frame(spark, texts).select("id", search_udf(now=NOW)("text").alias("matches"))
    assert df.schema["matches"].dataType.simpleString() == SEARCH_SCHEMA
    got = {r.id: r.matches for r in df.collect()}
    for i, text in enumerate(texts):
        if text is None:
            assert got[i] is None
            continue
        expected = [
            (m.start, m.end, m.text, m.isoformat(), m.precision, m.calendar, m.kind)
            for m in bd.search(text, now=NOW)
        ]
        assert [tuple(row) for row in got[i]] == expected
    exploded = df.select("id", F.explode("matches").alias("m")).select("id", "m.iso")
    assert exploded.count() == sum(len(bd.search(t, now=NOW)) for t in texts if t is not None)


def test_raise_fails_the_job_with_the_parse_error(spark: Any) -> None:
    df = frame(spark, ["১৪ সেপ্টেম্বর ২০২৪", "১৪ সেপ্টেমবর ২০২৪"], 1)
    with pytest.raises(Exception, match="an unknown word") as caught:
        df.select(to_iso_udf()("text")).collect()
    assert "ParseError" in str(caught.value)


def test_bad_arguments_fail_on_the_driver() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        to_iso_udf(errors="ignore")
    with pytest.raises(bd.PatternError):
        parse_udf("hh:mm")
    with pytest.raises(bd.UnknownTimezoneError):
        search_udf(tz="Mars/Olympus")


def test_parquet_recipe(spark: Any, tmp_path: Path) -> None:
    """The recipe in docs/spark.md, on a small dataset."""
    texts = rows()
    source, target = str(tmp_path / "articles"), str(tmp_path / "articles_iso")
    frame(spark, texts).write.parquet(source)

    articles = spark.read.parquet(source)
    normalised = articles.withColumn(
        "published_iso", to_iso_udf(errors="coerce", now=NOW)("text")
    ).withColumn("published_at", parse_udf(errors="coerce", now=NOW)("text"))
    normalised.write.mode("overwrite").parquet(target)

    back = {r.id: (r.published_iso, r.published_at) for r in spark.read.parquet(target).collect()}
    isos = bd.to_iso_many(texts, now=NOW)
    moments = bd.parse_many(texts, now=NOW)
    for i, (iso, moment) in enumerate(zip(isos, moments, strict=True)):
        if isinstance(iso, Exception):
            assert back[i] == (None, None)
        else:
            assert isinstance(moment, datetime)
            assert back[i] == (iso, utc_naive(moment))


def test_page_dates_udf_equals_page_dates(spark: Any) -> None:
    from bn_datetime.pages import page_dates
    from bn_datetime.spark import PAGE_SCHEMA, page_dates_udf

    pages = ROOT / "tests" / "data" / "pages"
    texts: list[str | None] = [
        p.read_text(encoding="utf-8") for p in sorted(pages.iterdir()) if p.suffix != ".tsv"
    ]
    texts.append(None)
    df = frame(spark, texts).select("id", page_dates_udf(now=NOW)("text").alias("page"))
    assert df.schema["page"].dataType.simpleString() == PAGE_SCHEMA
    got = {r.id: r.page for r in df.collect()}
    for i, text in enumerate(texts):
        if text is None:
            assert tuple(got[i]) == (None, None, None)
            continue
        one = page_dates(text, now=NOW)
        expected = (
            None if one.published is None else one.published.isoformat(),
            None if one.updated is None else one.updated.isoformat(),
            one.source,
        )
        assert tuple(got[i]) == expected
    with pytest.raises(bd.UnknownTimezoneError):
        page_dates_udf(tz="Mars/Olympus")
