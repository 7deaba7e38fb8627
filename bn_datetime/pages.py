"""``page_dates``: when a web page was published and last updated.

A page (HTML as ``bytes`` or ``str`` in any common encoding, or the page's plain text)
holds many dates: the byline, the article's body, lists of other stories, comments, the
masthead's today. Only a few signals say when *this* page was published:

* a byline label in the visible text — ``প্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম``,
  ``আপডেট: …``, ``শেষ আপডেট: …`` (Anandabazar), ``Published: …``;
* markup: JSON-LD ``datePublished``/``dateModified`` of the article, the meta tags
  ``article:published_time``, ``article:modified_time``, ``og:updated_time``,
  ``itemprop="datePublished"``/``"dateModified"`` (values may be Bengali text or digits),
  ``<time datetime>``;
* a byline line holding nothing but a date and a time near the top (``ডেস্ক | ০৬
  জানুয়ারি ২০১৯ | ৯:৫৭ পূর্বাহ্ণ``);
* a date in the URL's path, a weak hint used only when nothing else speaks.

Markup with a time and a zone decides; the visible label decides where the markup lacks
its zone or its time (and where the markup's clock reading equals the label's under the
wrong zone). Dates in the body, in "সর্বশেষ"/related lists, comments, footers and a
``প্রিন্ট:`` render stamp are never the page's; a listing page (several stories'
stamps, an ``ItemList``) gets none. Every value is read by :func:`bn_datetime.parse_result`
or :func:`bn_datetime.search`. ``evidence`` says which signal decided, where, and which
signals agreed or disagreed.

>>> from datetime import datetime
>>> r = page_dates("কালবেলা প্রতিবেদক\\nপ্রকাশ : ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম\\n"
...                "শনিবার এই বৈঠকের কথা জানিয়েছে কেসিএনএ।", now=datetime(2025, 1, 1))
>>> r.published.isoformat(), r.updated
('2024-09-14T18:42:00+06:00', None)
>>> r.evidence[0].source, r.evidence[0].where
('label', 'line 2')
>>> page_dates(b"").evidence[0].note
'empty page'
"""

from __future__ import annotations

import codecs
import html
import json
import re
import warnings
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo
from html.parser import HTMLParser
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, NamedTuple
from urllib.parse import unquote, urlsplit

from . import tz as _tz
from .errors import BnDatetimeError
from .lexicon import ZONE_WORDS
from .lexicon._pages import LIST_HEADINGS, PRINT_LABELS, PUBLISHED_LABELS, UPDATED_LABELS
from .reader.components import Parsed
from .text.digits import to_ascii_digits
from .text.normalize import normalize

if TYPE_CHECKING:
    from .reader.searching import Match

__all__ = ["Evidence", "PageDates", "page_dates", "run_page_command"]


class Evidence(NamedTuple):
    """One signal read from a page.

    ``role`` is ``"published"``, ``"updated"`` or ``"page"`` (what the page as a whole
    says: empty, binary, a listing, the zone assumed); ``source`` is ``"label"``,
    ``"byline"``, ``"json-ld"``, ``"meta"``, ``"itemprop"``, ``"time"``, ``"url"``,
    ``"print"`` or ``"none"``; ``where`` names the line, tag or key; ``text`` is the raw
    value (shortened); ``iso`` its reading; ``note`` is ``"chosen"``, ``"agrees"``,
    ``"disagrees"`` (with why) or why the signal was not used.
    """

    role: str
    source: str
    where: str
    text: str
    iso: str
    note: str


class PageDates(NamedTuple):
    """The page's own publication and update times, and the evidence for them."""

    published: Parsed | None
    updated: Parsed | None
    evidence: tuple[Evidence, ...]

    @property
    def source(self) -> str:
        """The signal that decided ``published`` (``"label"``, ``"json-ld"``, …), or ``""``."""
        return next(
            (
                e.source
                for e in self.evidence
                if e.role == "published" and e.note.startswith("chosen")
            ),
            "",
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``published``/``updated`` as ISO (or None), ``evidence``."""
        return {
            "published": None if self.published is None else self.published.isoformat(),
            "updated": None if self.updated is None else self.updated.isoformat(),
            "source": self.source,
            "evidence": [e._asdict() for e in self.evidence],
        }


# --- signals ---------------------------------------------------------------------------

_MAX_EVIDENCE: Final = 20  # signals listed a role; the rest are counted
_MARKUP_RANK: Final = {"json-ld": 0, "meta": 1, "itemprop": 2, "time": 3}


class _Signal(NamedTuple):
    role: str
    source: str
    where: str
    text: str
    value: Parsed
    zoned: bool  # the text named its zone (an offset, Z, a zone word)
    order: int  # position in the page (line number or markup order)

    @property
    def timed(self) -> bool:
        return self.value.precision in ("hour", "minute", "second")

    @property
    def complete(self) -> bool:
        return self.zoned and self.timed


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text[: limit * 4].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_ZONED: Final = re.compile(
    r"(?:[0-9]T?[0-9:.]*[0-9](?:Z|[+-][0-9]{2}:?[0-9]{2})|\b(?:UTC|GMT|IST|BST)\b|[+-][0-9]{2}:?[0-9]{2}$)",
    re.IGNORECASE,
)
# The lexicon's Bengali zone words ("বাংলাদেশ সময়", "আইএসটি"): a value naming one is zoned.
_BENGALI_ZONE_WORDS: Final = tuple(
    normalize(w) for _, words in ZONE_WORDS for w in words if not w.isascii()
)


def _point(m: Match) -> Parsed | None:
    """A search match as the page's moment: a point (a clock time alone is on ``now``'s
    date, the day the caller says the page was read), never a length or a repetition."""
    result = m.result
    if not isinstance(result, Parsed):
        return None
    return result._replace(precision="minute") if result.precision == "time" else result


def _read_value(text: str, zone: tzinfo, now: datetime) -> tuple[Parsed, bool] | None:
    """A markup value (ISO, RFC 2822-like or Bengali text) → its reading and whether it
    named its zone; None when it is not a date."""
    from .reader.parsing import parse_result

    raw = normalize(html.unescape(text)).strip()
    if not raw or len(raw) > 200:
        return None
    ascii_text = to_ascii_digits(raw)
    zoned = bool(_ZONED.search(ascii_text)) or any(w in raw for w in _BENGALI_ZONE_WORDS)
    parsed = _parse_quietly(parse_result, ascii_text, zone, now)
    if parsed is None and ascii_text != raw:
        parsed = _parse_quietly(parse_result, raw, zone, now)
    if parsed is None:
        found = _search_quietly(raw, zone, now)
        if found and len(found[0].text) >= len(raw) * 0.6:  # the value is mostly one date
            parsed = Parsed(found[0].value, found[0].precision, found[0].calendar)
    return None if parsed is None else (parsed, zoned)


def _parse_quietly(parse: Any, text: str, zone: tzinfo, now: datetime) -> Parsed | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result: Parsed = parse(text, tz=zone, now=now, disambiguate="compatible")
    except (BnDatetimeError, ValueError, OverflowError):
        return None
    return result


def _search_quietly(text: str, zone: tzinfo, now: datetime) -> list[Any]:
    """``search`` without emitting its warnings: a page's own contradictions are not the
    caller's to hear about; the global warning filters are left alone (thread-safe)."""
    from .reader.searching import unwarned_search

    try:
        return list(unwarned_search(text, tz=zone, now=now, disambiguate="compatible"))
    except (BnDatetimeError, ValueError, OverflowError):
        return []


# --- decoding --------------------------------------------------------------------------

_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_XML_ENCODING: Final = re.compile(
    rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I
)
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LATIN: Final = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252", "iso8859-15"})


def _decode(page: bytes) -> tuple[str, str]:
    """Bytes → text and how they were decoded: a BOM, then a declared charset (a page
    declared Latin-1 that is valid UTF-8 is UTF-8), then UTF-8, then Windows-1252."""
    for bom, encoding in _BOMS:
        if page.startswith(bom):
            return page[len(bom) :].decode(encoding, "replace"), f"{encoding} (byte order mark)"
    head = page[:4096]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if declared is not None:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = ""
        if name and name not in _LATIN and not name.startswith("utf-8"):
            return page.decode(name, "replace"), f"{name} (declared)"
    try:
        return page.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return page.decode("cp1252", "replace"), "cp1252 (not valid UTF-8)"


def _not_text(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f") + sample.count("\ufffd")
    return controls > max(8, len(sample) // 20)


# --- HTML ------------------------------------------------------------------------------

_HTML_HINT: Final = re.compile(
    r"<(?:!doctype|html|head|body|meta|div|p|span|article|script|title|time|br|a|section|li|h[1-6])[\s>/]",
    re.IGNORECASE,
)
_VOID: Final = frozenset(
    (
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
    )
)
_BLOCK: Final = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "title",
        "option",
    )
)
_HIDDEN_TAGS: Final = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "select",
        "button",
        "head",
        "object",
        "canvas",
    )
)
_OTHER_ZONE_TAGS: Final = frozenset({"footer", "aside", "nav"})
# Beginnings of class/id words of zones that hold other stories, comments or the site's
# chrome; a class's parts are split at - and _ and also tried in pairs ("side-bar").
_OTHER_ZONE_WORDS: Final = (
    "related",
    "recommend",
    "latest",
    "popular",
    "trending",
    "sidebar",
    "commentlist",
    "commentform",
    "disqus",
    "footer",
    "widget",
    "morenews",
    "morestor",
    "readmore",
    "alsoread",
    "mostread",
    "mostpopular",
    "ticker",
    "marquee",
    "breaking",
    "suggest",
    "newsletter",
    "advert",
    "navbar",
    "menu",
)
# Class words that describe a layout holding the article too ("has-sidebar").
# WordPress marks an article with its categories and tags ("category-latest").
_LAYOUT_PREFIXES: Final = (
    "has-", "has_", "with-", "with_", "no-", "layout", "single", "page-", "category-",
    "tag-", "post-", "type-", "status-", "format-",
)  # fmt: skip
_COMMENT_WORDS: Final = frozenset({"comment", "comments", "fbcomments", "responses"})
# Elements that hold the whole page: their classes name the layout, not a zone.
_WHOLE_PAGE_TAGS: Final = frozenset({"html", "body", "main"})
_CLASS_PARTS: Final = re.compile(r"[-_]+")


def _other_zone(names: str) -> bool:
    """Whether class/id names mark a zone of other stories, comments or chrome."""
    for token in names.lower().split():
        if token.startswith(_LAYOUT_PREFIXES):
            continue
        parts = [p for p in _CLASS_PARTS.split(token) if p]
        pairs = [a + b for a, b in pairwise(parts)]
        if any(w.startswith(_OTHER_ZONE_WORDS) or w in _COMMENT_WORDS for w in (*parts, *pairs)):
            return True
    return False


_PUBLISHED_KEYS: Final = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "article.published",
        "dc.date.issued",
        "dcterms.issued",
        "dcterms.created",
        "dc.date.created",
        "sailthru.date",
        "parsely-pub-date",
        "date",
        "dc.date",
        "article:published",
        "publication_date",
    }
)
_UPDATED_KEYS: Final = frozenset(
    {
        "article:modified_time",
        "og:updated_time",
        "og:modified_time",
        "datemodified",
        "lastmod",
        "last-modified",
        "article.updated",
        "dc.date.modified",
        "dcterms.modified",
        "modified_time",
        "article:modified",
        "updated_time",
    }
)
_STACK_SEARCH: Final = 48  # how deep an end tag looks for its start (broken markup)


def _guard(text: str) -> str:
    """Escape the ``<`` that open nothing, so that html.parser stays linear.

    The standard parser rescans to the end of the page for each ``<`` whose construct
    never closes (``<a <a <a…``, ``<!--`` without ``-->``, ``<![``): quadratic on broken
    markup. A ``<`` with no ``>`` before the next ``<``, a comment opened after the last
    ``-->`` and every marked section are written as ``&lt;`` instead, which is what the
    parser would have made of them at the end anyway (text).
    """
    pieces = text.split("<")
    last_close = text.rfind("-->")
    out = [pieces[0]]
    at = len(pieces[0])
    for piece in pieces[1:]:
        broken = (
            ">" not in piece
            or piece.startswith("![")
            or (piece.startswith("!--") and at > last_close)
        )
        out.append("&lt;" if broken else "<")
        out.append(piece)
        at += 1 + len(piece)
    return "".join(out)


class _Reader(HTMLParser):
    """One pass over the page: meta values, JSON-LD texts, ``<time>`` values, and the
    visible text of the page's own zones as lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.metas: list[tuple[str, str, str]] = []  # (role, where, value)
        self.og_type = ""
        self.canonical = ""
        self.json_ld: list[str] = []
        self.times: list[tuple[str, str, str, int]] = []  # (role, where, value, line)
        self.lines: list[str] = []
        self.h1_line: int | None = None  # the index in lines of the first headline
        self._line: list[str] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, other zone, hidden)
        self._script: list[str] | None = None
        self._capture: tuple[str, str, list[str], int] | None = None  # itemprop text

    # the stack of open elements, forgiving broken markup
    def _state(self) -> tuple[bool, bool]:
        if not self._stack:
            return False, False
        _, other, hidden = self._stack[-1]
        return other, hidden

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        other, hidden = self._state()
        if tag in _BLOCK:
            self._flush()
        if tag == "h1" and self.h1_line is None and not other and not hidden:
            self.h1_line = len(self.lines)
        if tag == "meta":
            if not other:  # microdata of a related story's card is not the page's
                self._meta(a)
        elif tag == "link" and "canonical" in a.get("rel", "").lower():
            self.canonical = a.get("href", "")
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._script = []
        itemprop = a.get("itemprop", "").lower()
        if tag != "meta" and itemprop in ("datepublished", "datemodified") and not other:
            role = "published" if itemprop == "datepublished" else "updated"
            where = f'<{tag} itemprop="{a["itemprop"]}">'
            value = a.get("content") or a.get("datetime") or ""
            if value:
                self.metas.append((role, where, value))
            elif tag not in _VOID:
                self._capture = (role, where, [], len(self.lines))
        if tag == "time" and not other and not hidden and "datetime" in a:
            self.times.append(
                (
                    self._time_role(a),
                    f'<time datetime="{a["datetime"]}">',
                    a["datetime"],
                    len(self.lines),
                )
            )
        if tag in _VOID:
            return
        here_other = (
            other
            or tag in _OTHER_ZONE_TAGS
            or (
                tag not in _WHOLE_PAGE_TAGS
                and _other_zone(a.get("class", "") + " " + a.get("id", ""))
            )
        )
        self._stack.append((tag, here_other, hidden or tag in _HIDDEN_TAGS))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.json_ld.append("".join(self._script))
            self._script = None
        if tag in _BLOCK:
            self._flush()
        stack = self._stack
        for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - _STACK_SEARCH), -1):
            if stack[depth][0] == tag:
                del stack[depth:]
                break
        if self._capture is not None and tag in (
            "span",
            "div",
            "p",
            "time",
            "meta",
            "li",
            "strong",
            "em",
            "b",
        ):
            role, where, parts, _ = self._capture
            value = "".join(parts).strip()
            if value:
                self.metas.append((role, where, value))
            self._capture = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
            return
        other, hidden = self._state()
        if hidden or other:
            return
        if self._capture is not None:
            self._capture[2].append(data)
        self._line.append(data)

    def _flush(self) -> None:
        if self._line:
            for line in "".join(self._line).splitlines():
                if line.strip():
                    self.lines.append(line.strip())
            self._line = []

    def close(self) -> None:
        super().close()
        self._flush()

    def _meta(self, a: dict[str, str]) -> None:
        key = (
            a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or ""
        ).lower()
        content = a.get("content", "")
        if key == "og:type":
            self.og_type = content.lower()
        elif key == "og:url" and not self.canonical:
            self.canonical = content
        attr = next((n for n in ("property", "name", "itemprop", "http-equiv") if a.get(n)), "name")
        where = f'<meta {attr}="{a.get(attr, "")}">'
        if key in _PUBLISHED_KEYS:
            self.metas.append(("published", where, content))
        elif key in _UPDATED_KEYS:
            self.metas.append(("updated", where, content))

    @staticmethod
    def _time_role(a: dict[str, str]) -> str:
        marks = (a.get("class", "") + " " + a.get("itemprop", "") + " " + a.get("id", "")).lower()
        if "pubdate" in a or any(w in marks for w in ("publish", "pubdate", "created", "posted")):
            return "published"
        if any(w in marks for w in ("update", "modif")):
            return "updated"
        return ""


# --- JSON-LD -----------------------------------------------------------------------------

_ARTICLE_TYPES: Final = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
        "videoobject",
        "backgroundnewsarticle",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
    }
)
_LISTING_TYPES: Final = frozenset({"itemlist", "collectionpage", "searchresultspage", "website"})
_TRAILING_COMMA: Final = re.compile(r",(\s*[}\]])")
_LD_FIELD: Final = re.compile(r'"(datePublished|dateModified|@type)"\s*:\s*"([^"\\]{0,200})"')


def _json_objects(text: str) -> tuple[list[dict[str, Any]], str]:
    """The objects of one JSON-LD script, and how it was read (invalid JSON: mended)."""
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    data: Any = None
    how = "json-ld"
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            data = json.loads(attempt, strict=False)
            break
        except (ValueError, RecursionError):
            how = "json-ld (not valid JSON, mended)"
    else:
        return [], "json-ld (not valid JSON)"
    objects: list[dict[str, Any]] = []
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                objects.extend(g for g in graph if isinstance(g, dict))
            else:
                objects.append(item)
    # a WebPage whose mainEntity is the article: {"@type": "WebPage", "mainEntity": {…}}
    objects.extend(o["mainEntity"] for o in list(objects) if isinstance(o.get("mainEntity"), dict))
    return objects, how


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _json_ld_values(scripts: Sequence[str]) -> tuple[list[tuple[str, str, str]], bool, bool]:
    """(role, where, value) from the JSON-LD of the page's own article (or, failing one,
    its WebPage); whether an article was described; whether the page is a listing."""
    found: list[tuple[str, str, str]] = []
    article = listing = False
    fallback: list[tuple[str, str, str]] = []
    for number, script in enumerate(scripts, 1):
        objects, how = _json_objects(script)
        if not objects and how.endswith("(not valid JSON)"):
            fields = _LD_FIELD.findall(script)
            kinds = {v.lower() for k, v in fields if k == "@type"}
            if kinds & _ARTICLE_TYPES or not kinds & _LISTING_TYPES:
                seen: set[str] = set()
                for key, value in fields:
                    role = {"datePublished": "published", "dateModified": "updated"}.get(key)
                    if role and role not in seen:  # the first is the article's own
                        seen.add(role)
                        found.append((role, f"{how} #{number} {key}", value))
                article = article or bool(kinds & _ARTICLE_TYPES)
            continue
        for obj in objects:
            kinds = _types(obj)
            if kinds & _ARTICLE_TYPES:
                article = True
                target = found
            elif kinds & {"webpage", "itempage"}:
                target = fallback
            else:
                listing = listing or bool(
                    kinds & {"itemlist", "collectionpage", "searchresultspage"}
                )
                continue
            for key, role in (("datePublished", "published"), ("dateModified", "updated")):
                value = obj.get(key)
                if isinstance(value, str):
                    target.append((role, f"{how} #{number} {key}", value))
    return (found if article else found + fallback), article, listing and not article


# --- visible text ------------------------------------------------------------------------

_BENGALI_LETTER: Final = "\u0980-\u09e5\u09f0-\u09ff\u200c\u200d"


def _alternation(words: Sequence[str]) -> str:
    spelled = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", " +") for w in spelled)


_LABEL: Final = re.compile(
    rf"(?<![{_BENGALI_LETTER}A-Za-z])"
    rf"(?:(?P<published>{_alternation(PUBLISHED_LABELS)})|(?P<updated>{_alternation(UPDATED_LABELS)})"
    rf"|(?P<print>{_alternation(PRINT_LABELS)}))"
    rf"(?![{_BENGALI_LETTER}A-Za-z])[ \t]*(?:(?:[:ঃ|\u2013\u2014-]|by)[ \t]*)*",
    re.IGNORECASE,
)
_HEADING: Final = re.compile(
    rf"[ \t•·|:-]*(?:{_alternation(LIST_HEADINGS)})[ \t•·|:-]*", re.IGNORECASE
)
_SEPARATORS: Final = " \t:ঃ|,;\u2013\u2014-•·()[]"
_APART: Final = "|•·,;:()[]\u2013\u2014-"
_LONG_LINE: Final = 200  # a line this long is a paragraph of the body
_HEAD_LINES: Final = 60  # a bare byline is looked for among the first lines only


class _Found(NamedTuple):
    role: str  # published, updated, print, byline
    line: int
    text: str
    value: Parsed


def _set_apart(line: str, start: int, end: int) -> bool:
    """The date stands apart from the line's words (a bar, a comma, the line's ends), as in
    a byline "ডেস্ক | ০৬ জানুয়ারি ২০১৯ | ৯:৫৭ পূর্বাহ্ণ", not inside a sentence."""
    before = line[:start].rstrip(" \t")
    after = line[end:].lstrip(" \t")
    return (not before or before[-1] in _APART) and (not after or after[0] in _APART + "।.")


def _is_label(line: str, hit: re.Match[str], text_start: int) -> bool:
    """A label word is a byline's label when a colon (or a bar, a dash) follows it, or
    when it opens a short line (after a bar, or a time run into it): not "ফলাফল প্রকাশ ১৪
    সেপ্টেম্বর" in a sentence."""
    word_end = max(hit.end(g) for g in ("published", "updated", "print") if hit.group(g))
    if any(c in ":ঃ|\u2013\u2014-" for c in line[word_end : hit.end()]):
        return True
    if len(line) >= _LONG_LINE:
        return False
    before = line[: hit.start()].rstrip()  # a short line: slicing it is cheap
    return hit.start() <= text_start or before[-1] in "|•·,;" or before[-1].isdigit()


def _datelines(
    lines: Sequence[str], zone: tzinfo, now: datetime, given_now: bool, headline: int
) -> Iterator[_Found]:
    """Labelled datelines, then (in the page's head) bare byline lines, in page order;
    stops at a list heading once the page's own label has been read. A stamp that
    needs ``now`` (a time alone, no year, ``২ ঘণ্টা আগে``) counts only when the caller
    gave ``now`` (the time the page was saved). A bare byline line must come after line
    ``headline`` (the page's ``<h1>``; 0 when unknown)."""
    later = now + timedelta(days=400)

    def steady(text: str, m: Any, relative_ok: bool = True) -> bool:
        if given_now and relative_ok:
            return True
        again = _search_quietly(text, zone, later)
        return any(a.start == m.start and a.value == m.value for a in again)

    body_started = False
    labelled = False
    consumed = 0  # a line holding the date of the label on the line before
    for number, raw in enumerate(lines, 1):
        line = normalize(raw)
        if labelled and _HEADING.fullmatch(line):
            return
        text_start = len(line) - len(line.lstrip(_SEPARATORS))
        label_hits = [h for h in _LABEL.finditer(line) if _is_label(line, h, text_start)]
        for k, hit in enumerate(label_hits):
            role = next(r for r in ("published", "updated", "print") if hit.group(r))
            end = label_hits[k + 1].start() if k + 1 < len(label_hits) else len(line)
            rest = line[hit.end() : min(end, hit.end() + 120)]
            shown = raw
            if not rest.strip(_SEPARATORS) and k + 1 == len(label_hits) and number < len(lines):
                # "<span>প্রকাশ:</span><div>১৪ সেপ্টেম্বর ২০২৪ …</div>": the date on the next line
                rest = normalize(lines[number])[:120]
                shown = f"{raw} {lines[number]}"
                consumed = number + 1
            matches = _search_quietly(rest, zone, now)
            if (
                matches
                and not rest[: matches[0].start].strip(_SEPARATORS)
                and steady(rest, matches[0])
            ):
                m = matches[0]
                point = _point(m)
                if point is None:
                    continue  # a length or a repeating time is no page's date
                labelled = labelled or role != "print"
                yield _Found(role, number, shown, point)
        if number == consumed:
            pass  # the line is a label's date, read with the label
        elif (
            not label_hits
            and not body_started
            and headline < number <= headline + _HEAD_LINES
            and len(line) < 120
        ):
            for m in _search_quietly(line, zone, now):
                outside = (line[: m.start] + line[m.end :]).strip(_SEPARATORS)
                if (
                    m.precision in ("minute", "second", "time")
                    and len(outside) <= 40
                    and _set_apart(line, m.start, m.end)
                    and steady(line, m, False)
                ):
                    point = _point(m)
                    if point is not None:
                        yield _Found("byline", number, raw, point)
                break
        elif label_hits and not body_started and headline < number <= headline + _HEAD_LINES:
            # "১৪ মে ২০২১, ০৭:০৫আপডেট : …": a bare time before the update label
            before = line[: label_hits[0].start()]
            if label_hits[0].group("updated") and len(before) < 60:
                for m in _search_quietly(before, zone, now):
                    if (
                        m.precision in ("minute", "second", "time")
                        and not before[m.end :].strip(_SEPARATORS)
                        and steady(before, m, False)
                    ):
                        point = _point(m)
                        if point is not None:
                            yield _Found("byline", number, raw, point)
                    break
        if len(line) >= _LONG_LINE:
            body_started = True


def _text_signals(
    lines: Sequence[str],
    zone: tzinfo,
    now: datetime,
    given_now: bool,
    headline: int,
    evidence: list[Evidence],
) -> tuple[list[_Signal], bool]:
    """Signals from visible text, and whether the stamps say the page is a listing."""
    found = list(_datelines(lines, zone, now, given_now, headline))
    signals: list[_Signal] = []
    for f in found:
        if f.role == "print":
            evidence.append(
                Evidence(
                    "page",
                    "print",
                    f"line {f.line}",
                    _short(f.text),
                    f.value.isoformat(),
                    "a print/render time, not the page's",
                )
            )
            continue
        source = "byline" if f.role == "byline" else "label"
        role = "published" if f.role == "byline" else f.role
        signals.append(
            _Signal(role, source, f"line {f.line}", _short(f.text), f.value, False, f.line)
        )
    published = [s for s in signals if s.role == "published"]
    distinct = {s.value.value for s in published}
    listing = False
    if len(distinct) >= 2:
        first = published[0]
        second = next(s for s in published if s.value.value != first.value.value)
        between = lines[first.order : second.order - 1]
        if any(len(line) >= _LONG_LINE for line in between):  # a body: later stamps are lists
            signals = [s for s in signals if s.order < second.order]
        else:
            listing = True
    return signals, listing


# --- URL -----------------------------------------------------------------------------------

_URL_DATE: Final = re.compile(
    r"/((?:19|20)[0-9]{2})[/-]([01]?[0-9])[/-]([0-3]?[0-9])(?=[/-]|$)"
    r"|/((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?=/)"
)
_LISTING_PATH: Final = re.compile(
    r"/(?:archive|archives|topic|topics|tag|tags|category|categories|section|latest|sitemap|"
    r"search|author|page)(?:/|$)|[?&]page=",
    re.IGNORECASE,
)


def _url_hint(url: str) -> tuple[date | None, bool]:
    """The date in a URL's path, and whether the path names an archive or listing."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None, False
    path = to_ascii_digits(unquote(parts.path))
    listing = bool(_LISTING_PATH.search(path + ("?" + parts.query if parts.query else "")))
    listing = listing or (path.strip("/") == "" and not parts.query)  # the home page
    m = _URL_DATE.search(path)
    if m is None:
        return None, listing
    y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    tail = path[m.end() :].strip("/")
    try:
        day = date(y, mo, d)
    except ValueError:
        return None, listing
    return day, listing or not tail  # /2024/09/14/ alone is that day's archive


def _host_zone(url: str) -> str | None:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    if host.endswith(".in") or any(
        h in host
        for h in (
            "anandabazar",
            "eisamay",
            "bartamanpatrika",
            "abplive",
            "news18",
            "hindustantimes",
            "ganashakti",
            "sangbadpratidin",
            "zeenews.india",
        )
    ):
        return "Asia/Kolkata"
    if host.endswith(".bd"):
        return "Asia/Dhaka"
    return None


# --- weighing ------------------------------------------------------------------------------


def _same(a: Parsed, b: Parsed) -> bool:
    """The two readings name the same time, at the coarser one's precision."""
    if "day" in (a.precision, b.precision) or not (
        a.precision in ("hour", "minute", "second") and b.precision in ("hour", "minute", "second")
    ):
        if a.precision in ("year", "month") or b.precision in ("year", "month"):
            return (a.value.year, a.value.month) == (b.value.year, b.value.month)
        return a.value.date() == b.value.date()
    return abs(a.value - b.value) < timedelta(minutes=1)


def _decide(
    role: str,
    markup: list[_Signal],
    text: list[_Signal],
    zone: tzinfo,
    evidence: list[Evidence],
) -> Parsed | None:
    """Choose the role's value from its signals; write down why, and who disagrees."""
    markup = sorted(markup, key=lambda s: (_MARKUP_RANK[s.source], s.order))
    label = next((s for s in text if s.source == "label"), None)
    byline = next((s for s in text if s.source == "byline"), None)
    best = next((s for s in markup if s.complete), None)
    chosen: _Signal | None = None
    reason = "chosen"
    if best is not None:
        chosen = best
        if label is not None and label.timed and not _same(best.value, label.value):
            wall = best.value.value.replace(tzinfo=None)
            if abs(wall - label.value.value.replace(tzinfo=None)) < timedelta(minutes=1):
                chosen = label
                reason = f"chosen: the {best.source} value has the label's clock reading under another zone"
    elif label is not None:
        partial = next((s for s in markup if s.timed), None)
        if partial is not None and not label.timed:
            chosen = partial
            reason = "chosen: the label gives no time; the markup's clock read in the page's zone"
        else:
            chosen = label
            if markup:
                reason = "chosen: the markup lacks its zone or time"
    elif markup:
        chosen = next((s for s in markup if s.timed), markup[0])
        if not chosen.zoned and chosen.timed:
            reason = "chosen: no zone in the markup; read in the page's zone"
    elif byline is not None:
        chosen = byline
        reason = "chosen: a byline line with a date and time, no label"
    signals = [*markup, *text]
    if len(signals) > _MAX_EVIDENCE:  # a page of repeated stamps: the first ones, and a count
        kept = [s for s in signals[:_MAX_EVIDENCE] if s is not chosen]
        more = len(signals) - len(kept) - (chosen is not None)
        signals = [*([chosen] if chosen is not None else []), *kept]
        evidence.append(Evidence(role, "", "", "", "", f"{more} more signals not listed"))
    for s in signals:
        if s is chosen:
            note = reason
        elif chosen is None:
            note = "not used"
        elif _same(s.value, chosen.value):
            note = "agrees"
        else:
            note = f"disagrees with the chosen {chosen.source} ({chosen.value.isoformat()})"
        evidence.append(Evidence(role, s.source, s.where, s.text, s.value.isoformat(), note))
    if chosen is None:
        return None
    if chosen.complete:  # shown in the page's zone: the same instant
        return chosen.value._replace(value=chosen.value.value.astimezone(zone))
    return chosen.value


def _none(note: str, source: str = "none") -> PageDates:
    return PageDates(None, None, (Evidence("page", source, "", "", "", note),))


def page_dates(
    page: str | bytes,
    *,
    url: str | None = None,
    tz: str | tzinfo | None = None,
    now: datetime | None = None,
) -> PageDates:
    """When ``page`` was published and last updated, with the evidence.

    ``page`` is HTML or plain text, as ``str`` or ``bytes`` (decoded by BOM, declared
    charset, else UTF-8). ``url`` is the page's address (else its canonical link): a date
    in its path is a weak hint and an archive path marks a listing. ``tz`` is the zone
    of times that do not name one; by default it is read from the page (a ``+05:30``
    offset in its markup, an Indian host) and is otherwise Asia/Dhaka. ``now`` anchors
    dates without a year. A page that states nothing gets ``published`` None and an
    evidence entry saying why; a listing page gets none. Never raises for ``str`` or
    ``bytes``; the time is linear in the page's length.

    >>> html = ('<html><head><meta property="article:published_time" '
    ...         'content="2024-09-14T18:42:00+06:00"></head><body><p>প্রকাশ: ১৪ '
    ...         'সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম</p><p>গত জুন মাসে…</p></body></html>')
    >>> r = page_dates(html)
    >>> r.published.isoformat()
    '2024-09-14T18:42:00+06:00'
    >>> [(e.source, e.note) for e in r.evidence if e.role == "published"]
    [('meta', 'chosen'), ('label', 'agrees')]
    """
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        if not data.strip():
            return _none("empty page")
        text, how = _decode(data)
    elif isinstance(page, str):
        text, how = page, "text"
    else:
        msg = f"page_dates() needs str or bytes, not {type(page).__name__}"
        raise TypeError(msg)
    if now is not None and not isinstance(now, datetime):
        msg = f"now must be a datetime, not {type(now).__name__}"
        raise TypeError(msg)
    if url is not None and not isinstance(url, str):
        msg = f"url must be a str, not {type(url).__name__}"
        raise TypeError(msg)
    if not text.strip():
        return _none("empty page")
    if _not_text(text):
        return _none(f"not text: binary or undecodable bytes ({how})")
    try:
        return _page_dates(text, url, tz, now)
    except (RecursionError, MemoryError):  # pragma: no cover - a pathological page
        return _none("page too complex to read")


def _page_dates(
    text: str, url: str | None, tz: str | tzinfo | None, now: datetime | None
) -> PageDates:
    evidence: list[Evidence] = []
    is_html = bool(_HTML_HINT.search(text[:65536]))
    metas: list[tuple[str, str, str]] = []
    times: list[tuple[str, str, str, int]] = []
    scripts: list[str] = []
    og_type = ""
    headline = 0  # lines before the page's headline (its <h1>), when known
    if is_html:
        reader = _Reader()
        reader.feed(_guard(text))
        reader.close()
        lines: Sequence[str] = reader.lines
        metas, times, scripts, og_type = reader.metas, reader.times, reader.json_ld, reader.og_type
        url = url or reader.canonical or None
        headline = reader.h1_line or 0
    else:
        lines = text.splitlines()
    ld_values, article, ld_listing = _json_ld_values(scripts)

    zone_name: str | tzinfo
    if tz is not None:
        zone_name, zone_note = tz, "given"
    else:
        offsets = {
            m.group(1)
            for _, _, v in [*ld_values, *metas]
            if (m := re.search(r"([+-]0[56]:?[03]0)$", to_ascii_digits(v.strip())))
        }
        if any(o.replace(":", "") == "+0530" for o in offsets):
            zone_name, zone_note = "Asia/Kolkata", "from the markup's +05:30 offsets"
        elif (host := _host_zone(url or "")) is not None:
            zone_name, zone_note = host, "from the URL's host"
        else:
            zone_name, zone_note = _tz.DEFAULT_TZ, "default"
    zone = _tz.get_tz(zone_name)
    given_now = now is not None
    if now is None:
        now = _tz.now(zone)
    elif now.tzinfo is None:
        now = _tz.localize(now, zone, "compatible")
    if tz is None and zone_note != "default":
        evidence.append(Evidence("page", "zone", "", str(zone_name), "", zone_note))

    markup: list[_Signal] = []
    for order, (role, where, value) in enumerate([*ld_values, *metas]):
        read = _read_value(value, zone, now)
        source = (
            "json-ld"
            if where.startswith("json-ld")
            else ("itemprop" if "itemprop" in where and not where.startswith("<meta") else "meta")
        )
        if read is None:
            evidence.append(Evidence(role, source, where, _short(value), "", "not a date"))
            continue
        markup.append(_Signal(role, source, where, _short(value), read[0], read[1], order))
    props = [s for s in markup if s.source in ("itemprop", "meta") and s.role == "published"]
    if len({s.value.value for s in props}) > 1 and any("itemprop" in s.where for s in props):
        evidence.append(
            Evidence(
                "page",
                "itemprop",
                f"{len(props)} datePublished values",
                "",
                "",
                "several stories' microdata: not used",
            )
        )
        markup = [s for s in markup if "itemprop" not in s.where]
    time_signals = []
    for order, (role, where, value, line) in enumerate(times):
        read = _read_value(value, zone, now)
        if read is not None:
            time_signals.append(
                (
                    role,
                    _Signal(
                        role or "published",
                        "time",
                        where,
                        _short(value),
                        read[0],
                        read[1],
                        line + order * 0,
                    ),
                )
            )
    marked = [s for r, s in time_signals if r]
    body = next((i for i, line in enumerate(lines) if len(line) >= _LONG_LINE), len(lines))
    generic = [s for r, s in time_signals if not r and headline <= s.order <= body]
    if marked:
        markup.extend(marked)
    elif generic and len({s.value.value for s in generic}) == 1:
        markup.append(generic[0])
    elif generic:
        evidence.append(
            Evidence(
                "page",
                "time",
                f"{len(generic)} <time> elements",
                "",
                "",
                "different <time> values with no mark of which is the page's: not used",
            )
        )

    text_signals, text_listing = _text_signals(lines, zone, now, given_now, headline, evidence)
    url_day, url_listing = _url_hint(url) if url else (None, False)

    has_article_markup = article or any(
        s.source in ("meta", "itemprop") and s.role == "published" for s in markup
    )
    if (ld_listing and not has_article_markup) or (text_listing and not has_article_markup):
        why = (
            "a listing page: its JSON-LD describes a list of items"
            if ld_listing
            else ("a listing page: several stories' publication stamps")
        )
        evidence.append(Evidence("page", "listing", "", "", "", why))
        return PageDates(None, None, tuple(evidence))
    if (
        url_listing
        and not has_article_markup
        and not any(s.source == "label" for s in text_signals)
    ):
        evidence.append(
            Evidence(
                "page", "listing", "url", _short(url or ""), "", "an archive or listing address"
            )
        )
        return PageDates(None, None, tuple(evidence))
    if (
        og_type == "website"
        and not has_article_markup
        and len({s.value.value for s in text_signals if s.source == "label"}) > 1
    ):
        evidence.append(
            Evidence(
                "page", "listing", '<meta property="og:type">', "website", "", "a listing page"
            )
        )
        return PageDates(None, None, tuple(evidence))

    published = _decide(
        "published",
        [s for s in markup if s.role == "published"],
        [s for s in text_signals if s.role == "published"],
        zone,
        evidence,
    )
    updated = _decide(
        "updated",
        [s for s in markup if s.role == "updated"],
        [s for s in text_signals if s.role == "updated" and s.source == "label"],
        zone,
        evidence,
    )
    if published is None and updated is not None:
        published = updated
        evidence.append(
            Evidence(
                "published",
                "updated",
                "",
                "",
                updated.isoformat(),
                "chosen: the page states only an update time (its one stamp)",
            )
        )
    if url_day is not None:
        hint = Parsed(
            _tz.localize(datetime(url_day.year, url_day.month, url_day.day), zone, "compatible"),
            "day",
        )
        if published is None:
            published = hint
            note = "chosen: only the URL names a day"
        elif published.value.astimezone(zone).date() == url_day:
            note = "agrees"
        else:
            note = f"disagrees with the chosen ({published.isoformat()})"
        evidence.append(
            Evidence("published", "url", "path", _short(url or ""), hint.isoformat(), note)
        )
    if published is None:
        why = "no publication date: no byline label, date markup or dated URL"
        if not is_html and not text_signals:
            why = "no publication date in the text: no byline label or byline line"
        evidence.append(Evidence("page", "none", "", "", "", why))
    return PageDates(published, updated, tuple(evidence))


# --- the command ---------------------------------------------------------------------------


def _page_files(names: Sequence[str]) -> Iterator[str]:
    import os

    for name in names:
        if name != "-" and os.path.isdir(name):
            for entry in sorted(os.listdir(name)):
                path = os.path.join(name, entry)
                if os.path.isfile(path):
                    yield path
        else:
            yield name


def run_page_command(argv: Sequence[str]) -> int:
    """``bn-datetime page FILE…``: one line a file, ``FILE<TAB>PUBLISHED<TAB>UPDATED``
    (an empty field when the page states none); ``--json`` writes JSON Lines with the
    evidence. A folder stands for its files. Exit status 1 when a file could not be read
    or gave no publication time."""
    import sys

    from .cli_parser import ArgumentParser

    parser = ArgumentParser(
        prog="bn-datetime page",
        description="When each saved web page (HTML or text) was published and last updated.",
    )
    parser.add_argument("files", nargs="*", help="pages or folders of pages (default: stdin)")
    parser.add_argument("--json", action="store_true", help="JSON Lines with the evidence")
    parser.add_argument(
        "--tz",
        default=None,
        help="zone of times without one (default: from the page, else Asia/Dhaka)",
    )
    parser.add_argument("--now", help="ISO 8601 base for dates without a year (default: now)")
    parser.add_argument("--url", help="the page's address (with one page)")
    opts = parser.parse_args(argv)
    now = None
    if opts.now:
        try:
            now = datetime.fromisoformat(to_ascii_digits(opts.now))
        except ValueError:
            parser.error(f"--now: not an ISO 8601 datetime: {opts.now!r}")
    if opts.tz is not None:
        try:
            _tz.get_tz(opts.tz)
        except ValueError as exc:
            parser.error(str(exc))
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    status = 0
    for name in _page_files(opts.files or ["-"]):
        try:
            if name == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(name, "rb") as f:
                    data = f.read()
        except OSError as exc:
            sys.stderr.write(f"bn-datetime page: {exc}\n")
            status = 1
            continue
        result = page_dates(data, url=opts.url, tz=opts.tz, now=now)
        if result.published is None:
            status = 1
        if opts.json:
            sys.stdout.write(
                json.dumps({"file": name, **result.to_dict()}, ensure_ascii=False) + "\n"
            )
        else:
            iso = ["" if p is None else p.isoformat() for p in (result.published, result.updated)]
            sys.stdout.write("\t".join([name, *iso]) + "\n")
    return status
