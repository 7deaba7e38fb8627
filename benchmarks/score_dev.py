"""Accuracy on the team's development sets of real text (kept outside the repository).

    python benchmarks/score_dev.py [SHARED_EXAMPLES_DIR] [--misses]

With ``--misses`` it also prints each row it gets wrong, with what search found.

The folder defaults to ``../shared/examples`` beside the checkout. Three scores:

* ``phenomena_dev.jsonl`` — sentences with an interval, a duration, a recurrence or a
  time idiom, each with its typed expected value: a row is right when
  :func:`bn_datetime.search` finds a match of the expected kind whose value is the
  expected one (every field of it: both ends, the unit amounts, the days and the times).
* ``genres_dev.jsonl`` — strings from timetables, notices, schedules, mastheads …: a row
  is right when some match writes exactly the expected ISO value, and right "at the
  text's precision" when the expected value starts with a match's value (or the reverse).
* ``articles_dev.jsonl`` — whole articles with every temporal mention marked: precision
  and recall of the matches against the mentions (a match counts when it overlaps a
  mention and writes its value), and how many numbers that are not dates were taken.

Nothing here is tuned to a row: the sets are development data, and the held-out sets the
issues name are scored elsewhere.
"""

from __future__ import annotations

import json
import sys
import warnings
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import bn_datetime as bd
from bn_datetime.values import Duration, Interval, Parsed, Recurrence

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "examples"


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _search(row: dict[str, Any]) -> list[bd.Match]:
    now = datetime.fromisoformat(row["now"]) if row.get("now") else datetime(2024, 9, 14, 18, 42)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return bd.search(row["text"], tz=row.get("tz") or "Asia/Dhaka", now=now)


def _hhmm(value: Any) -> str | None:
    return None if value is None else value.strftime("%H:%M")


def phenomenon_right(expected_type: str, expected: Any, result: object) -> bool:
    """Whether one typed result is the expected value of a phenomena row."""
    if expected_type == "interval":
        if not isinstance(result, Interval):
            return False
        start = None if result.start is None else result.start.isoformat()
        end = None if result.end is None else result.end.isoformat()
        return bool(start == expected.get("start") and end == expected.get("end"))
    if expected_type == "duration":
        return isinstance(result, Duration) and result.isoformat() == expected
    if expected_type == "set":
        if not isinstance(result, Recurrence):
            return False
        got: dict[str, Any] = {"freq": result.freq}
        if result.byweekday:
            got["byday"] = ",".join(result.byweekday)
        if result.bymonth:
            got["bymonth"] = result.bymonth[0] if len(result.bymonth) == 1 else list(result.bymonth)
        if result.bymonthday:
            got["bymonthday"] = result.bymonthday[0] if len(result.bymonthday) == 1 else list(result.bymonthday)
        if result.time is not None:
            got["time"] = _hhmm(result.time)
        if result.during is not None:
            got["start"], got["end"] = _hhmm(result.during[0]), _hhmm(result.during[1])
        return bool(got == expected)
    return isinstance(result, Parsed) and result.isoformat() == expected


def _show(m: bd.Match) -> str:
    return f"{m.text!r}={m.kind}:{m.isoformat()}"


def _miss(label: str, text: str, expected: object, found: list[bd.Match]) -> None:
    print(f"MISS {label}: {text}\n  expected {expected}\n  found    {[_show(m) for m in found]}")


def score_phenomena(path: Path, misses: bool = False) -> tuple[int, int, Counter[str], Counter[str]]:
    rows = _rows(path)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for n, row in enumerate(rows):
        total[row["type"]] += 1
        found = _search(row)
        if any(phenomenon_right(row["type"], row["value"], m.result) for m in found):
            right[row["type"]] += 1
        elif misses:
            _miss(f"phenomena {n} {row['type']}", row["text"], row["value"], found)
    return sum(right.values()), len(rows), right, total


def score_genres(path: Path, misses: bool = False) -> tuple[int, int, int]:
    rows = _rows(path)
    exact = at_precision = 0
    for n, row in enumerate(rows):
        matches = _search(row)
        found = [m.isoformat() for m in matches]
        expected = row["expected"]
        if expected in found:
            exact += 1
            at_precision += 1
        elif any(expected.startswith(f) or f.startswith(expected) for f in found):
            at_precision += 1
            if misses:
                _miss(f"genres {n} (at precision)", row["text"], expected, matches)
        elif misses:
            _miss(f"genres {n}", row["text"], expected, matches)
    return exact, at_precision, len(rows)


def score_articles(path: Path, misses: bool = False) -> tuple[int, int, int, int, int]:
    """(right matches, matches, mentions found, mentions, non-dates taken)."""
    right = matches = found = mentions = taken = 0
    for a, row in enumerate(_rows(path)):
        results = _search(row)
        gold = row["mentions"]
        text = row["text"]
        matches += len(results)
        mentions += len(gold)
        for m in results:
            if any(m.start < g["end"] and g["start"] < m.end and _same(m, g) for g in gold):
                right += 1
            elif misses:
                near = [g.get("value") for g in gold if m.start < g["end"] and g["start"] < m.end]
                context = text[max(0, m.start - 60) : m.end + 60].replace("\n", " / ")
                print(f"WRONG article {a} at {m.start}: {_show(m)}; gold there {near}\n  …{context}…")
        for g in gold:
            if any(m.start < g["end"] and g["start"] < m.end and _same(m, g) for m in results):
                found += 1
            elif misses:
                near_m = [_show(m) for m in results if m.start < g["end"] and g["start"] < m.end]
                context = text[max(0, g["start"] - 60) : g["end"] + 60].replace("\n", " / ")
                print(
                    f"MISSED article {a} at {g['start']}: {text[g['start']:g['end']]!r} "
                    f"{g.get('type')} {g.get('value')}; found there {near_m}\n  …{context}…"
                )
        for n in row.get("non_dates", []):
            if any(m.start < n["end"] and n["start"] < m.end for m in results):
                taken += 1
                if misses:
                    print(f"NON-DATE TAKEN article {a}: {text[n['start']:n['end']]!r}")
    return right, matches, found, mentions, taken


def _same(m: bd.Match, gold: dict[str, Any]) -> bool:
    value = gold.get("value")
    if isinstance(value, str):
        return m.isoformat() == value
    if gold.get("type") in ("interval", "set"):
        return phenomenon_right(gold["type"], value, m.result)
    return False


def main(argv: list[str]) -> int:
    misses = "--misses" in argv
    args = [a for a in argv[1:] if a != "--misses"]
    folder = Path(args[0]) if args else DEFAULT
    if not folder.is_dir():
        print(f"no development data at {folder}", file=sys.stderr)
        return 2
    right, total, by_right, by_total = score_phenomena(folder / "phenomena_dev.jsonl", misses)
    print(f"phenomena_dev: {right}/{total} = {right / total:.1%} read fully right")
    for kind in sorted(by_total):
        print(f"  {kind:9} {by_right[kind]}/{by_total[kind]}")
    exact, near, rows = score_genres(folder / "genres_dev.jsonl", misses)
    print(f"genres_dev: exact {exact}/{rows} = {exact / rows:.1%}; at the text's precision {near / rows:.1%}")
    good, matches, hit, mentions, taken = score_articles(folder / "articles_dev.jsonl", misses)
    precision = good / matches if matches else 0.0
    recall = hit / mentions if mentions else 0.0
    print(
        f"articles_dev: precision {precision:.2f} ({good}/{matches}), recall {recall:.2f} "
        f"({hit}/{mentions}), non-dates taken {taken}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
