"""Thread safety (issue 6).

The same 10,000 inputs parsed, formatted, searched, converted between calendars and
written in words from 8 threads give the same results as from one thread; and no call
changes a module-level container of ``bn_datetime``.

The run happens in a fresh interpreter, threads first, so that first-use work (lazy
imports, tables built on first use, caches) is raced too; a tiny switch interval makes
the threads interleave as often as the interpreter allows.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    r'''
    import copy, importlib, json, pkgutil, sys, threading, types, warnings
    from concurrent.futures import ThreadPoolExecutor
    from datetime import date, datetime, timedelta, timezone

    import bn_datetime as bd
    from bn_datetime import bangla_calendar, hijri, numwords

    # every submodule, so that every module-level container is seen before any call
    for info in pkgutil.walk_packages(bd.__path__, "bn_datetime."):
        if info.name.split(".")[-1] in ("__main__", "pandas", "spark", "strategies"):
            continue  # the command itself, and integrations with their own dependencies
        importlib.import_module(info.name)

    CONTAINERS = (dict, list, set, bytearray)

    def containers():
        found = {}
        for name, module in sorted(sys.modules.items()):
            if not (name == "bn_datetime" or name.startswith("bn_datetime.")):
                continue
            for attr, value in vars(module).items():
                if isinstance(value, CONTAINERS) and not attr.startswith("__"):
                    found[f"{name}.{attr}"] = (value, copy.deepcopy(value))
        return found

    before = containers()

    NOW = datetime(2024, 9, 14, 20, 0, tzinfo=timezone(timedelta(hours=6)))
    MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
              "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর", "বৈশাখ", "ভাদ্র", "রমজান", "জানু"]
    TIMES = ["", ", ০৬:৪২ পিএম", " সকাল ৯টা", ", ২৩:৩০", " রাত ১১:৩০", " ১০টা", ", ১৩:০০ পিএম"]
    STYLES = ["news", "news-24h", "date", "full", "short", "iso", "time", "masthead"]
    CALENDARS = ["bd", "bd-2019", "bd-1987", "wb", "wb-drik"]

    def inputs():
        out = []
        for i in range(10_000):
            day = i % 32 + 1  # 32: an impossible day now and then
            month = MONTHS[(i // 32) % len(MONTHS)]
            year = 1990 + (i // 512) % 45 if month not in ("বৈশাখ", "ভাদ্র", "রমজান") else 1400 + i % 40
            text = f"{day} {month} {year}{TIMES[i % len(TIMES)]}"
            out.append(bd.to_bengali_digits(text) if i % 3 else text)
        out[::97] = [f"গতকাল রাত {i % 12 + 1}টায়" for i in range(len(out[::97]))]
        out[::101] = ["২০ জুন ২০০৯, ১১:৩০ পিএম", "৩১ ডিসেম্বর ২০০৯, ১১:৩০ পিএম"] * (len(out[::101]) // 2) + ["x"] * (len(out[::101]) % 2)
        assert len(set(out)) > 9_000
        return out

    def outcome(func, *args, **kwargs):
        try:
            value = func(*args, **kwargs)
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        return repr(value)

    def work(item):
        i, text = item
        calendar = CALENDARS[i % len(CALENDARS)]
        parsed = outcome(bd.parse_result, text, now=NOW, calendar=calendar, disambiguate="raise")
        row = [parsed]
        try:
            value = bd.parse(text, now=NOW, calendar=calendar, disambiguate="later")
        except ValueError:
            value = datetime(2000 + i % 30, i % 12 + 1, i % 28 + 1, i % 24, i % 60, tzinfo=timezone.utc)
        row.append(outcome(bd.format_datetime, value, STYLES[i % len(STYLES)],
                           tz="Asia/Dhaka", calendar=("gregorian", "bd", "wb", "hijri")[i % 4]))
        if hasattr(bd, "search"):
            row.append(outcome(bd.search, f"খবর: {text} এবং আরও", now=NOW, calendar=calendar))
        row.append(outcome(bangla_calendar.gregorian_to_bangla, value.date(), calendar))
        row.append(outcome(hijri.gregorian_to_hijri, value.date()))
        row.append(outcome(numwords.number_to_words, i * 7919))
        row.append(outcome(numwords.normalize_numbers, f"{numwords.number_to_words(i)}টি বই"))
        return row

    items = list(enumerate(inputs()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # set once, before the threads: catch_warnings is not thread-safe
        sys.setswitchinterval(1e-6)
        barrier = threading.Barrier(8)

        def start():
            barrier.wait()  # all eight threads meet their first call together, cold

        with ThreadPoolExecutor(8, initializer=start) as pool:
            threaded = list(pool.map(work, items, chunksize=7))
        sys.setswitchinterval(0.005)
        single = [work(item) for item in items]

    after = containers()
    changed = sorted(name for name, (live, copied) in before.items() if live != copied)
    added = sorted(set(after) - set(before))
    differ = [(items[k][1], a, b) for k, (a, b) in enumerate(zip(threaded, single)) if a != b]
    print(json.dumps({
        "rows": len(single), "columns": len(single[0]), "differ": differ[:5], "ndiffer": len(differ),
        "changed": changed, "added": added, "containers": len(before),
        "failures": sum(row[0].startswith(("ParseError", "InvalidDate", "NonExistent", "Ambiguous")) for row in single),
    }, ensure_ascii=False))
    '''
)


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_eight_threads_give_the_results_of_one(report: dict[str, object]) -> None:
    assert report["rows"] == 10_000
    assert report["ndiffer"] == 0, report["differ"]


def test_the_inputs_exercise_failures_too(report: dict[str, object]) -> None:
    """Errors are results as well: some of the 10,000 must fail, most must not."""
    failures = report["failures"]
    assert isinstance(failures, int)
    assert 100 < failures < 5_000


def test_no_call_changes_module_level_containers(report: dict[str, object]) -> None:
    assert isinstance(report["containers"], int) and report["containers"] > 10
    assert report["changed"] == [], "module-level containers changed by calls"
    assert report["added"] == [], "module-level containers created by calls"
