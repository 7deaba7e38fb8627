from __future__ import annotations

import json
import subprocess
import sys
import time
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
    assert rows[0] == {
        "input": SEED, "output": "2024-09-14T18:42:00+06:00", "error": None, "kind": "datetime",
    }
    assert rows[1]["output"] is None and "position 0" in rows[1]["error"]
    assert rows[1]["kind"] is None


@pytest.mark.parametrize(
    ("text", "output", "kind"),
    [
        ("১০-১২ সেপ্টেম্বর ২০২৪", "2024-09-10/2024-09-12", "interval"),
        ("দেড় ঘণ্টা ধরে", "PT1H30M", "duration"),
        ("প্রতি শুক্রবার", "FREQ=WEEKLY;BYDAY=FR", "recurrence"),
        ("রাত ৯টায়", "21:00:00", "time"),
    ],
)
def test_the_command_writes_every_kind(
    capsys: pytest.CaptureFixture[str], text: str, output: str, kind: str
) -> None:
    status, out, _ = run(capsys, "--json", text)
    assert status == 0
    row = json.loads(out)
    assert (row["output"], row["kind"]) == (output, kind)


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
        input=data, capture_output=True, check=False, timeout=120,
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
        stderr=subprocess.PIPE, check=False, timeout=120,
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
            input=data, capture_output=True, check=False, timeout=120,
        )
        for jobs in ("1", "2")
    ]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr == runs[1].stderr
    assert runs[0].returncode == runs[1].returncode == 1
    assert runs[0].stdout.decode().count("\n") == len(lines)


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jobs", "0", "x"]) == 2


# --- issue 17: no traceback, bounded --jobs, safe JSON Lines, usage errors ---------------

COMMAND = [sys.executable, "-m", "bn_datetime"]
MANY = ("\n".join([SEED] * 20_000) + "\n").encode()


def _one_line_no_traceback(stderr: bytes) -> None:
    assert b"Traceback" not in stderr
    assert len(stderr.decode().splitlines()) == 1, stderr.decode()


@pytest.mark.parametrize("args", [["x"], [SEED], ["search", "-"], ["words", "5"]])
def test_closed_stdout_is_one_line_on_stderr(args: list[str]) -> None:
    import shlex

    command = shlex.join([*COMMAND, *args]) + " >&- </dev/null"
    done = subprocess.run(command, shell=True, capture_output=True, check=False, timeout=120)
    assert done.returncode != 0
    _one_line_no_traceback(done.stderr)


@pytest.mark.parametrize(
    ("args", "data"),
    [
        ([SEED], b""),
        ([], MANY),
        (["--jobs", "2"], MANY),
        (["--json"], MANY),
        (["number"], b"5\n"),
        (["--help"], b""),
        (["--version"], b""),
        (["search", "--help"], b""),
        (["cal", "--help"], b""),
        (["page", "--help"], b""),
    ],
    ids=["argument", "stdin", "jobs", "json", "number", "help", "version", "search-help",
         "cal-help", "page-help"],
)
def test_full_disk_is_one_line_on_stderr(args: list[str], data: bytes) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "wb") as full:
        # A timeout, so that a hang (the old Pool's terminate, about one run in sixty) fails
        # here instead of stopping the suite.
        done = subprocess.run(
            [*COMMAND, *args], input=data, stdout=full, stderr=subprocess.PIPE, check=False,
            timeout=120,
        )
    assert done.returncode == 1
    _one_line_no_traceback(done.stderr)
    assert b"No space left" in done.stderr


def test_jobs_beyond_the_cap_are_refused_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    from bn_datetime.cli import MAX_JOBS

    status, out, err = run(capsys, "--jobs", "100000", "x")
    assert (status, out) == (2, "")
    assert f"at most {MAX_JOBS}" in err


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085"])
def test_json_escapes_line_separators(capsys: pytest.CaptureFixture[str], char: str) -> None:
    status, out, _ = run(capsys, "--json", f"গতকাল{char}x")
    assert status == 1
    assert char not in out
    assert out.count("\n") == 1 and out.splitlines() == [out.rstrip("\n")]
    assert json.loads(out)["input"] == f"গতকাল{char}x"


@pytest.mark.parametrize(
    ("option", "value"),
    [("--format", "d MMMM y, lll"), ("--format", "longer"), ("--calendar", "julian"), ("--calendar", "")],
)
def test_bad_format_or_calendar_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    status, out, err = run(capsys, option, value, SEED, "গতকাল")
    assert (status, out) == (2, "")
    assert option in err and "line 1" not in err


@pytest.mark.parametrize("calendar", ["gregorian", "hijri", "bd", "wb"])
def test_every_calendar_name_is_taken(capsys: pytest.CaptureFixture[str], calendar: str) -> None:
    status, out, _ = run(capsys, "--calendar", calendar, "--format", "d MMMM y", "2024-09-14")
    assert status == 0 and out.strip()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import bn_datetime

    status, out, _ = run(capsys, "--version")
    implementation = bn_datetime.implementation()
    assert (status, out) == (0, f"bn-datetime {bn_datetime.__version__} ({implementation} scanner)\n")


def test_usage_lists_the_subcommands_and_help_every_style(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bn_datetime import STYLES
    from bn_datetime.cli import SUBCOMMANDS

    status, out, _ = run(capsys, "--help")
    assert status == 0
    usage = out.split("\n\n", 1)[0]
    assert all(name in usage for name in SUBCOMMANDS)
    styles_line = next(line for line in out.splitlines() if line.startswith("styles"))
    assert all(name in styles_line for name in STYLES)
    status, _, err = run(capsys, "--jobs", "0", "x")
    assert status == 2 and all(name in err for name in SUBCOMMANDS)


def test_search_line_and_column_are_one_based(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    lines = ["প্রথম লাইন", "কাল নয়, গতকাল রাতে"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "search", "--now", "2024-09-14T20:00", str(path))
    row = json.loads(out.splitlines()[0])
    assert status == 0
    column = lines[1].index("গতকাল") + 1  # as grep -b and compilers count: from 1
    assert (row["line"], row["column"]) == (2, column)
    assert row["start"] == len(lines[0]) + 1 + column - 1
    assert row["text"] == "গতকাল রাতে"  # a day with its part of the day is one match


@pytest.mark.parametrize(
    ("line", "extra"),
    [
        # a contradiction's warning is in the record, not a Python warning line on stderr
        ("শুক্রবার, ১৪ সেপ্টেম্বর ২০২৪", {"warnings": ["WeekdayMismatchWarning"]}),
        ("শনিবার, ১৪ সেপ্টেম্বর ২০২৪", {"warnings": []}),
        # what a recurrence's RRULE cannot say comes beside it
        ("ওষুধ প্রতি মাসে দুইবার", {"iso": "FREQ=MONTHLY", "times": 2, "warnings": []}),
        ("শনি থেকে বুধবার সকাল ৯টা থেকে বিকেল ৫টা পর্যন্ত খোলা",
         {"during": "09:00:00/17:00:00", "warnings": []}),
    ],
)
def test_search_records_carry_warnings_and_what_rrule_cannot_say(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, extra: dict[str, object]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(line + "\n", encoding="utf-8")
    status, out, err = run(capsys, "search", "--now", "2024-09-14T18:42", str(path))
    row = json.loads(out.splitlines()[0])
    assert (status, err) == (0, "")
    for key, value in extra.items():
        if key == "warnings":
            assert [w.split(":")[0] for w in row[key]] == value
        else:
            assert row[key] == value


class _Terminal:
    """A stderr that says it is a terminal and keeps what is written."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("args", "tty", "shown"),
    [([], True, True), (["--json"], True, False), ([], False, False), (["number"], True, True)],
)
def test_progress_only_on_a_terminal_without_json(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: list[str],
    tty: bool,
    shown: bool,
) -> None:
    import bn_datetime.cli as cli

    source = tmp_path / "in.txt"
    line = "৫" if args == ["number"] else SEED
    source.write_text("\n".join([line] * 5000) + "\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(cli, "_CHUNK_LINES", 100)
    monotonic = iter(range(0, 10**6, 1))
    monkeypatch.setattr(time, "monotonic", lambda: float(next(monotonic)))
    with source.open("rb") as stdin:
        monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": stdin, "fileno": stdin.fileno})())
        if tty:
            monkeypatch.setattr(sys, "stderr", terminal)
        assert main(args) == 0
    written = "".join(terminal.parts) + capsys.readouterr().err
    assert ("%" in written) is shown
    if shown:
        assert "100%" in written and written.endswith("\r\x1b[K")  # cleared at the end


@pytest.mark.parametrize("tty", [True, False])
def test_search_over_files_shows_progress_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, tty: bool
) -> None:
    import bn_datetime.cli as cli

    paths = []
    for k in range(2):
        path = tmp_path / f"{k}.txt"
        path.write_text("গতকাল রাত ৯টায় খবর\n" * 200, encoding="utf-8")
        paths.append(str(path))
    terminal = _Terminal()
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 0.0)
    monotonic = iter(range(0, 10**6, 1))
    monkeypatch.setattr(time, "monotonic", lambda: float(next(monotonic)))
    if tty:
        monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["search", "--now", "2024-09-14T20:00", *paths]) == 0
    out, err = capsys.readouterr()
    written = "".join(terminal.parts) + err
    assert len(out.splitlines()) == 400  # the JSON Lines on stdout are untouched
    assert ("%" in written) is tty
    if tty:
        assert "100%" in written and written.endswith("\r\x1b[K")


def test_format_writes_no_invented_day_or_time(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--format", "full", "সেপ্টেম্বর ২০২৪", "১৪ সেপ্টেম্বর ২০২৪", "রাত ১০:১৫")
    assert (status, out) == (0, "সেপ্টেম্বর ২০২৪\nশনিবার, ১৪ সেপ্টেম্বর ২০২৪\nরাত ১০টা ১৫ মিনিট\n")


def test_format_writes_intervals_durations_and_recurrences(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "--now", "2024-09-14T18:42", "--format", "date",
        "১০-১২ সেপ্টেম্বর ২০২৪", "৩ ঘণ্টা ৪৫ মিনিট", "প্রতি শুক্রবার",
    )
    assert (status, out) == (0, "১০\u2013১২ সেপ্টেম্বর ২০২৪\n৩ ঘণ্টা ৪৫ মিনিট\nপ্রতি শুক্রবার\n")
