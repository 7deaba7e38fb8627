"""bn_datetime.pages: a page's own publication and update times (issue 18).

The table of fixtures (tests/data/pages/expected.tsv) is modelled on how Bangladeshi and
West Bengal outlets mark up their pages: meta tags, JSON-LD (valid and not), itemprop
values in Bengali digits, visible bylines, print stories, listing pages.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bn_datetime as bd
import bn_datetime.pandas  # registers Series.bn
from bn_datetime.cli import main
from bn_datetime.pages import Evidence, PageDates, page_dates

from ._paths import DATA
from ._timing import assert_grows_linearly

PAGES = DATA / "pages"
NOW = datetime(2026, 1, 1, 12, 0)


def table() -> list[tuple[str, str, str, str]]:
    with (PAGES / "expected.tsv").open(encoding="utf-8") as f:
        return [
            (row[0], row[1], row[2], row[3])
            for row in csv.reader(f, delimiter="\t")
            if row and not row[0].startswith("#")
        ]


CASES = table()


def iso(value: bd.Parsed | None) -> str:
    return "" if value is None else value.isoformat()


def test_seed_kalbela_page() -> None:
    text = (DATA / "kalbela_2024-09-14.txt").read_text(encoding="utf-8")
    result = page_dates(text)
    assert result.published is not None
    assert result.published.isoformat() == "2024-09-14T18:42:00+06:00"
    assert result.updated is None
    chosen = [e for e in result.evidence if e.note == "chosen"]
    assert [(e.role, e.source, e.where) for e in chosen] == [("published", "label", "line 2")]


@pytest.mark.parametrize(("name", "url", "published", "updated"), CASES, ids=[c[0] for c in CASES])
def test_fixture_pages(name: str, url: str, published: str, updated: str) -> None:
    data = (PAGES / name).read_bytes()
    result = page_dates(data, url=url or None, now=NOW)
    assert (iso(result.published), iso(result.updated)) == (published, updated)
    if published:
        assert result.source
    else:
        assert any(e.role == "page" for e in result.evidence)  # it says why


@pytest.mark.parametrize(("name", "url", "published", "updated"), CASES, ids=[c[0] for c in CASES])
def test_str_and_bytes_agree(name: str, url: str, published: str, updated: str) -> None:
    data = (PAGES / name).read_bytes()
    as_bytes = page_dates(data, url=url or None, now=NOW)
    as_str = page_dates(data.decode("utf-8"), url=url or None, now=NOW)
    assert (as_bytes.published, as_bytes.updated) == (as_str.published, as_str.updated)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_byte_order_marks(encoding: str) -> None:
    text = (PAGES / "kalbela_article.html").read_text(encoding="utf-8")
    result = page_dates(text.encode(encoding))
    assert iso(result.published) == "2024-09-14T18:42:00+06:00"


def test_declared_charset_and_mislabelled_utf8() -> None:
    page = '<html><head><meta charset="{}"></head><body><p>প্রকাশ: ৩০ নভেম্বর ২০২৪, ০৫:২১ পিএম</p></body></html>'
    # declared latin-1 but really UTF-8 (common): read as UTF-8
    assert (
        iso(page_dates(page.format("iso-8859-1").encode("utf-8")).published)
        == "2024-11-30T17:21:00+06:00"
    )
    # Windows-1252 bytes that are not UTF-8 ("café"): read as Windows-1252
    english = '<html><head><meta charset="windows-1252"></head><body><p>Café — Published: 30 Nov 2024, 17:21</p>'
    assert iso(page_dates(english.encode("cp1252")).published) == "2024-11-30T17:21:00+06:00"
    # a declared charset that is not Latin is followed
    koi = '<html><head><meta charset="koi8-r"></head><body><p>Published: 30 Nov 2024, 17:21 Привет</p>'
    assert iso(page_dates(koi.encode("koi8-r")).published) == "2024-11-30T17:21:00+06:00"


@pytest.mark.parametrize(
    ("page", "why"),
    [
        ("", "empty page"),
        (b"", "empty page"),
        ("   \n\t ", "empty page"),
        (b"\x00\x01\x02\x03" * 100, "not text"),
        (bytes(range(256)) * 20, "not text"),
        ("শুধু একটি বাক্য, কোনো তারিখ নেই।", "no publication date"),
        ("<html><body><p>নেই</p></body></html>", "no publication date"),
        ("<<<>>>&&&;;;<!--", "no publication date"),
    ],
)
def test_bad_input_says_why(page: str | bytes, why: str) -> None:
    result = page_dates(page)
    assert result.published is None and result.updated is None
    assert any(why in e.note for e in result.evidence if e.role == "page")


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError):
        page_dates(12345)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="now"):
        page_dates("x", now="2024-09-14")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="url"):
        page_dates("x", url=b"https://x.com/2024/09/14/1/a")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body",
    [
        "গত ১০ জুন ২০২৪, রাত ৯টায় অনুষ্ঠান হয়। ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম নাগাদ ঘোষণা আসে।",
        "ঢাকা, শনিবার ১৪ সেপ্টেম্বর ২০২৪\n" + "নিবন্ধ " * 60 + "\n১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম",
        "বৈঠকটি প্রকাশিত হবে আগামী ১৪ সেপ্টেম্বর।",
        "শিরোনাম\nফলাফল প্রকাশ ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম হবে",
    ],
)
def test_a_body_date_is_never_the_pages(body: str) -> None:
    for page in (body, f"<html><body><p>{body}</p></body></html>"):
        assert page_dates(page, now=NOW).published is None


def test_a_time_alone_needs_now() -> None:
    page = "আপডেট: ০৬:৪২ পিএম\nশিরোনাম"
    assert page_dates(page).published is None
    given = page_dates(page, now=datetime(2024, 9, 14, 20, 0))
    assert iso(given.published) == "2024-09-14T18:42:00+06:00"
    # without a label, a relative line is never a byline, whatever now is
    assert page_dates("শিরোনাম\n২ ঘণ্টা আগে\nলেখা", now=datetime(2024, 9, 14, 20, 0)).published is None


def test_print_time_is_reported_not_used() -> None:
    result = page_dates((PAGES / "kalbela_print.html").read_bytes())
    prints = [e for e in result.evidence if e.source == "print"]
    assert [e.iso for e in prints] == ["2024-09-15T15:11:00+06:00"]
    assert iso(result.published) == "2024-09-15T00:00:00+06:00"  # midnight, not noon


def test_disagreement_is_in_the_evidence() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2024-09-14T18:42:00+06:00">'
        "</head><body><p>প্রকাশ: ১৫ সেপ্টেম্বর ২০২৪, ০৯:০০ এএম</p></body></html>"
    )
    result = page_dates(page)
    assert iso(result.published) == "2024-09-14T18:42:00+06:00"
    label = next(e for e in result.evidence if e.source == "label")
    assert label.note.startswith("disagrees")


def test_json_ld_main_entity_and_item_lists() -> None:
    ld = (
        '{"@context":"https://schema.org","@type":"WebPage","datePublished":"2024-01-01T00:00:00+06:00",'
        '"mainEntity":{"@type":"NewsArticle","datePublished":"2024-09-14T18:42:00+06:00"},'
        '"hasPart":{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle",'
        '"datePublished":"2024-09-01T10:00:00+06:00"}]}}'
    )
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body></body></html>'
    )
    result = page_dates(page)
    assert iso(result.published) == "2024-09-14T18:42:00+06:00"
    assert result.source == "json-ld"


def test_label_decides_when_markup_lacks_the_time() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2024-09-14">'
        "</head><body><p>প্রকাশ: ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম</p></body></html>"
    )
    assert iso(page_dates(page).published) == "2024-09-14T18:42:00+06:00"


def test_url_hint_and_archive_urls() -> None:
    page = "<html><body><h1>শিরোনাম</h1><p>লেখা</p></body></html>"
    assert (
        iso(page_dates(page, url="https://x.com/2024/09/14/12345/slug").published) == "2024-09-14"
    )
    for url in (
        "https://x.com/2024/09/14/",
        "https://x.com/archive/2024/09/14/news",
        "https://x.com/",
    ):
        result = page_dates(page, url=url)
        assert result.published is None


def test_zone_given_wins_over_the_page() -> None:
    text = "শেষ আপডেট: ১৯ এপ্রিল ২০২০ ০০:০৪\nলেখা"
    assert iso(page_dates(text).published) == "2020-04-19T00:04:00+06:00"
    assert iso(page_dates(text, tz="Asia/Kolkata").published) == "2020-04-19T00:04:00+05:30"
    url = "https://www.anandabazar.com/x-1.1"
    assert iso(page_dates(text, url=url).published) == "2020-04-19T00:04:00+05:30"


def test_result_is_immutable_and_serialisable() -> None:
    result = page_dates((PAGES / "prothomalo_article.html").read_bytes())
    assert isinstance(result, PageDates) and isinstance(result.evidence, tuple)
    assert all(isinstance(e, Evidence) for e in result.evidence)
    with pytest.raises(AttributeError):
        result.published = None  # type: ignore[misc]
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["published"] == "2024-09-14T18:42:08+06:00" and data["source"] == "json-ld"
    assert bd.page_dates is page_dates


@given(st.text(max_size=400))
def test_never_raises_on_any_str(text: str) -> None:
    result = page_dates(text, now=NOW)
    assert result.published is None or isinstance(result.published, bd.Parsed)


@given(st.binary(max_size=400))
def test_never_raises_on_any_bytes(data: bytes) -> None:
    result = page_dates(data, now=NOW)
    assert result.published is None or isinstance(result.published, bd.Parsed)


_HTML_BITS = st.sampled_from(
    [
        "<",
        ">",
        "<p>",
        "</p>",
        "<div class='related'>",
        "</div>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<script type='application/ld+json'>",
        "</script>",
        '{"datePublished":"',
        '"}',
        ",}",
        "&#2535;",
        "&amp;",
        "প্রকাশ: ",
        "আপডেট: ",
        "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম",
        "\n",
        '<meta property="article:published_time" content="',
        '">',
        "<time datetime='",
        "2024-09-14T18:42",
    ]
)


@given(st.lists(_HTML_BITS, max_size=40))
def test_never_raises_on_broken_markup(bits: list[str]) -> None:
    page = "<html>" + "".join(bits)
    page_dates(page, now=NOW)
    page_dates(page.encode("utf-8"), url="https://x.com/2024/09/14/1/a", now=NOW)


@pytest.mark.parametrize(
    "unit",
    [
        "<a ",
        "<!--a>",
        "<![",
        "<a b='>",
        "প্রকাশ: ১৪ সেপ্টেম্বর ২০২৪\n",
        "<p>১৪/০৯/২০২৪</p>",
        "প্রকাশ: ১৪ সেপ্টেম্বর ২০২৪ ",
    ],
)
def test_linear_time(unit: str) -> None:
    """Broken markup that makes html.parser rescan the page for each ``<`` stays linear:
    the 400 KB page costs about 20x the 20 KB one (quadratic would be 400x; the bound is 100x)."""

    def read(page: str) -> object:
        return page_dates(page, now=NOW)

    def page(size: int) -> str:
        return "<html>" + unit * (size // len(unit))

    assert_grows_linearly(read, page(20_000), page(400_000), 100, floor=1e-3, what="page_dates")


# --- the command ---------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_one_line_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(PAGES / "kalbela_article.html"), str(PAGES / "listing_latest.txt")]
    status, out, _ = run(capsys, "page", *files)
    assert status == 1  # the listing has no publication time
    assert out.splitlines() == [
        f"{files[0]}\t2024-09-14T18:42:00+06:00\t2024-09-14T18:42:00+06:00",
        f"{files[1]}\t\t",
    ]


def test_cli_folder_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "page", "--json", str(PAGES))
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == len(list(PAGES.iterdir()))
    kalbela = next(r for r in rows if r["file"].endswith("kalbela_print.html"))
    assert kalbela["published"] == "2024-09-15T00:00:00+06:00"
    assert {e["source"] for e in kalbela["evidence"]} >= {"label", "print"}


def test_cli_stdin_and_errors(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import io
    import sys

    seed = (DATA / "kalbela_2024-09-14.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed)))
    status, out, _ = run(capsys, "page")
    assert (status, out) == (0, "-\t2024-09-14T18:42:00+06:00\t\n")
    status, _, err = run(capsys, "page", str(tmp_path / "missing.html"))
    assert status == 1 and "missing.html" in err and "Traceback" not in err
    assert run(capsys, "page", "--tz", "Mars/Base", "x")[0] == 2
    assert run(capsys, "page", "--now", "yesterday", "x")[0] == 2


# --- pandas --------------------------------------------------------------------------------


def test_pandas_page_dates_matches_page_dates() -> None:
    names = [c[0] for c in CASES]
    texts = [(PAGES / n).read_text(encoding="utf-8") for n in names]
    urls = [c[1] or None for c in CASES]
    s = pd.Series([*texts, None], index=[*names, "missing"])
    frame = s.bn.page_dates(url=[*urls, None], now=NOW)
    assert list(frame.columns) == ["published", "updated", "source"]
    for name, text, url in zip(names, texts, urls, strict=True):
        one = page_dates(text, url=url, now=NOW)
        assert [None if pd.isna(v) else v for v in frame.loc[name].tolist()] == [
            None if one.published is None else one.published.isoformat(),
            None if one.updated is None else one.updated.isoformat(),
            one.source,
        ]
    assert frame.loc["missing"].isna().all()
    with pytest.raises(ValueError, match="url"):
        s.bn.page_dates(url=["x"])
