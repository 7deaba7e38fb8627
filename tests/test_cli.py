from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bn_datetime.cli import main

from ._paths import DATA

SEED = "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_argument_to_iso(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, SEED) == (0, "2024-09-14T18:42:00+06:00\n", "")


def test_format_direction(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--format", "news", "2024-09-14T18:42:00+06:00")
    assert (status, out) == (0, SEED + "\n")
    status, out, _ = run(capsys, "--format", "d MMMM y", "--calendar", "bd", "2024-09-14")
    assert (status, out) == (0, "৩০ ভাদ্র ১৪৩১\n")
    status, out, _ = run(capsys, "--format", "date", "--digits", "ascii", SEED)
    assert (status, out) == (0, "14 সেপ্টেম্বর 2024\n")


def test_one_line_per_argument_and_failures(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--now", "2024-09-14T20:00", SEED, "হ্যালো", "গতকাল")
    assert status == 1
    assert out.splitlines() == ["2024-09-14T18:42:00+06:00", "", "2024-09-13"]
    assert "line 2" in err and "হ্যালো" in err
    assert "Traceback" not in err


def test_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--json", SEED, "হ্যালো")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert rows[0] == {"input": SEED, "output": "2024-09-14T18:42:00+06:00", "error": None}
    assert rows[1]["output"] is None and "position 0" in rows[1]["error"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--bogus")[0] == 2
    assert run(capsys, "--now", "yesterday", SEED)[0] == 2
    assert run(capsys, "--tz", "Mars/Base", SEED)[0] == 2


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0 and "examples:" in out


def test_stdin_filter_keeps_lines_aligned() -> None:
    data = "\n".join([SEED, "", "হ্যালো", "১৪/০৯/২০২৪"]).encode() + b"\n\xff\xfe\n" + "১০টা\n".encode()
    done = subprocess.run(
        [sys.executable, "-m", "bn_datetime", "--now", "2024-09-14T20:00"],
        input=data, capture_output=True, check=False,
    )
    out = done.stdout.decode("utf-8").split("\n")
    assert out[:6] == ["2024-09-14T18:42:00+06:00", "", "", "2024-09-14", "", "10:00:00"]
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert "line 3" in err and "line 5: invalid UTF-8" in err and "line 6: warning" in err
    assert "Traceback" not in err


def test_quiet_on_a_closed_pipe() -> None:
    lines = (SEED + "\n").encode() * 20000
    script = "import sys; sys.stdin.readline()"
    reader = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE)
    writer = subprocess.run(
        [sys.executable, "-m", "bn_datetime"], input=lines, stdout=reader.stdin,
        stderr=subprocess.PIPE, check=False,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert b"Traceback" not in writer.stderr
    assert writer.returncode in (0, 141)


def test_number_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "number", "এক লাখ পঁচিশ হাজার", "২.৫ কোটি", "দেড় লাখ", "হ্যালো")
    assert status == 1
    assert out.splitlines() == ["125000", "25000000", "150000", ""]
    assert "line 4" in err


def test_words_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "words", "2024", "১৯৭১")
    assert (status, out.splitlines()) == (0, ["দুই হাজার চব্বিশ", "এক হাজার নয়শো একাত্তর"])
    status, out, _ = run(capsys, "words", "--year", "1971")
    assert (status, out) == (0, "উনিশশো একাত্তর\n")


def test_double_dash_forces_the_date_command(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--", "number")
    assert status == 1
    assert "'number'" in err


def test_search_subcommand(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = DATA / "kalbela_2024-09-14.txt"
    broken = tmp_path / "broken.txt"
    broken.write_bytes("গতকাল রাত ৯টায়\n".encode() + b"\xff\n" + "৫ মিনিট আগে\n".encode())
    status = main(["search", "--now", "2024-09-14T18:42", str(article), str(broken)])
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 1  # the undecodable line
    assert "line 2: invalid UTF-8" in err
    text = article.read_text(encoding="utf-8")
    first = rows[0]
    assert text[first["start"] : first["end"]] == first["text"] == "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"
    assert [r["iso"] for r in rows] == [
        "2024-09-14T18:42:00+06:00", "2024-09-14", "P30M", "2024-06", "2024-05", "2024-09", "P7D", "P5D",
        "2024-09-13T21:00:00+06:00", "2024-09-14T18:37:00+06:00",
    ]
    assert rows[-1]["line"] == 3


def test_jobs_keep_order_and_output() -> None:
    lines = []
    for k in range(5000):
        lines.append(f"{k % 28 + 1} সেপ্টেম্বর {1990 + k % 40}, {k % 12 + 1:02d}:{k % 60:02d} পিএম")
        if k % 997 == 0:
            lines.append("হ্যালো")
    data = ("\n".join(lines) + "\n").encode()
    runs = [
        subprocess.run(
            [sys.executable, "-m", "bn_datetime", "--jobs", jobs, "--now", "2024-09-14T20:00"],
            input=data, capture_output=True, check=False,
        )
        for jobs in ("1", "2")
    ]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr == runs[1].stderr
    assert runs[0].returncode == runs[1].returncode == 1
    assert runs[0].stdout.decode().count("\n") == len(lines)


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "0", "x"]) == 2


def test_format_writes_no_invented_day_or_time(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--format", "full", "সেপ্টেম্বর ২০২৪", "১৪ সেপ্টেম্বর ২০২৪", "রাত ১০:১৫")
    assert (status, out) == (0, "সেপ্টেম্বর ২০২৪\nশনিবার, ১৪ সেপ্টেম্বর ২০২৪\nরাত ১০টা ১৫ মিনিট\n")


def test_format_writes_intervals_durations_and_recurrences(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "--now", "2024-09-14T18:42", "--format", "date",
        "১০-১২ সেপ্টেম্বর ২০২৪", "৩ ঘণ্টা ৪৫ মিনিট", "প্রতি শুক্রবার",
    )
    assert (status, out) == (0, "১০\u2013১২ সেপ্টেম্বর ২০২৪\n৩ ঘণ্টা ৪৫ মিনিট\nপ্রতি শুক্রবার\n")
