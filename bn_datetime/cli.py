"""The ``bn-datetime`` command (also ``python -m bn_datetime``).

Bengali date/time text → ISO 8601, one output line per input (arguments, or stdin
lines when there are none); ``--format STYLE|PATTERN`` goes the other way. Exit
status: 0 when every line converted, 1 when any failed or the output could not be
written (one line on stderr, never a traceback), 2 for a usage error.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from types import SimpleNamespace
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple

if TYPE_CHECKING:
    import argparse
    from multiprocessing.connection import Connection

    from .reader.searching import Match

__all__ = ["main"]

PROG: Final = "bn-datetime"
EXAMPLES: Final = """\
examples:
  bn-datetime "১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম"        → 2024-09-14T18:42:00+06:00
  bn-datetime --format news 2024-09-14T18:42:00+06:00 → ১৪ সেপ্টেম্বর ২০২৪, ০৬:৪২ পিএম
  bn-datetime --now 2024-09-14T20:00 "গতকাল রাত ৯টায়"   → 2024-09-13T21:00:00+06:00
  bn-datetime < dates.txt                             one output line per input line
  bn-datetime --json < dates.txt                      JSON Lines: input, output, error
  bn-datetime number "এক লাখ পঁচিশ হাজার"               → 125000
  bn-datetime words 2024                              → দুই হাজার চব্বিশ
  bn-datetime search article.txt                      JSON Lines of the dates found
  bn-datetime cal --calendar bd 1 1431                বৈশাখ ১৪৩১ as a grid

styles for --format: {styles}; or a pattern
such as "d MMMM y, B h'টা'". A failed line prints an empty line (so the output
stays aligned with the input) and a message on stderr naming the line.

subcommands (bn-datetime NAME --help for each):
{subcommands}
"""
#: The most processes ``--jobs`` starts; more is a usage error, refused before any work.
MAX_JOBS: Final = 64
#: Calendar names of ``--calendar``: Gregorian output, Hijri output, or Bangla rules.
CALENDAR_NAMES: Final = ("gregorian", "hijri", "bd", "bd-2019", "bd-1987", "wb", "wb-drik")
#: Seconds of work before a progress line appears (on a terminal's stderr only).
PROGRESS_AFTER: Final = 1.0

# Subcommands: name → (help, handler). The default command converts dates, so a
# first argument that is not a subcommand name is text to convert ("--" forces it).
Handler = Callable[[Sequence[str]], int]
SUBCOMMANDS: Final[dict[str, tuple[str, Handler]]] = {}


def _epilog() -> str:
    from .writer.formatting import STYLES

    rows = "\n".join(f"  {name:<10}{help_}" for name, (help_, _) in SUBCOMMANDS.items())
    return EXAMPLES.format(styles=", ".join(STYLES), subcommands=rows)


def _usage() -> str:
    names = ",".join(SUBCOMMANDS)
    return f"%(prog)s [options] [TEXT ...]\n       %(prog)s {{{names}}} ..."


def _date_parser() -> argparse.ArgumentParser:
    import argparse

    from . import __version__, implementation
    from .cli_parser import ArgumentParser

    parser = ArgumentParser(
        prog=PROG,
        usage=_usage(),
        description="Bengali dates and times ⇄ ISO 8601.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__} ({implementation()} scanner)"
    )
    parser.add_argument("text", nargs="*", help="texts to convert (default: stdin lines)")
    parser.add_argument("--tz", default="Asia/Dhaka", help="zone of the text (default Asia/Dhaka)")
    parser.add_argument("--now", help="ISO 8601 base for আজ, গতকাল, bare times (default: now)")
    parser.add_argument("--format", dest="style", metavar="STYLE|PATTERN", help="write Bengali")
    parser.add_argument("--digits", choices=("bengali", "ascii"), default="bengali")
    parser.add_argument("--ampm", choices=("short", "formal", "latin"), default="short")
    parser.add_argument("--calendar", default=None, help=", ".join(CALENDAR_NAMES))
    parser.add_argument("--disambiguate", choices=("raise", "earlier", "later", "compatible"),
                        default="raise", help="for times skipped/repeated by a clock change")
    parser.add_argument("--strict", action="store_true", help="a wrong weekday is an error")
    parser.add_argument("--json", action="store_true", help="JSON Lines: input, output, error")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help=f"convert with N processes, at most {MAX_JOBS} (big inputs; "
                        "output order is kept)")
    return parser


class _Usage(Exception):
    pass


def _decode(raw: bytes) -> str | UnicodeDecodeError:
    line = raw[:-1] if raw.endswith(b"\r") else raw
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc


def _input_chunks(args: Sequence[str], stdin: IO[bytes] | None) -> Iterator[list[Item]]:
    """The inputs in chunks: the arguments, or stdin's lines as they arrive."""
    if args:
        yield from _chunks(args)
    elif stdin is not None:
        yield from _stdin_chunks(stdin)


def _stdin_chunks(stream: IO[bytes]) -> Iterator[list[Item]]:
    """Lines of ``stream``, up to _CHUNK_LINES at a time, or fewer when no more input is
    waiting: a file is read in big chunks, and ``tail -f log | bn-datetime`` answers
    each line as it comes."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):  # not a real file (a test's BytesIO)
        yield from _chunks(_decode(raw.rstrip(b"\n")) for raw in stream)
        return
    pending: list[Item] = []
    rest = b""
    while data := os.read(fd, 1 << 16):
        lines = (rest + data).split(b"\n")
        rest = lines.pop()
        pending.extend(_decode(raw) for raw in lines)
        while len(pending) >= _CHUNK_LINES:
            yield pending[:_CHUNK_LINES]
            del pending[:_CHUNK_LINES]
        if pending and not _more_waiting(fd):
            yield pending
            pending = []
    if rest:
        pending.append(_decode(rest))
    if pending:
        yield pending


def _more_waiting(fd: int) -> bool:
    try:
        import select

        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError):  # select cannot watch this kind of file here
        return True


def _converter(opts: argparse.Namespace) -> Callable[[str], str]:
    from . import Parsed, ParseError, parse_result, to_ascii_digits
    from . import to_iso as iso
    from .tz import get_tz, localize

    zone = get_tz(opts.tz)
    now: datetime | None = None
    if opts.now:
        try:
            now = datetime.fromisoformat(to_ascii_digits(opts.now))
        except ValueError:
            raise _Usage(f"--now: not an ISO 8601 datetime: {opts.now!r}") from None
        if now.tzinfo is None:
            now = localize(now, zone, "compatible")
    if opts.calendar is not None and opts.calendar not in CALENDAR_NAMES:
        msg = f"--calendar: unknown calendar {opts.calendar!r}; calendars are "
        raise _Usage(msg + ", ".join(CALENDAR_NAMES))
    # parse reads Bangla-calendar dates by the rules named, "bd" unless a Bangla one is
    calendar = opts.calendar if opts.calendar not in (None, "gregorian", "hijri") else "bd"

    def read(text: str) -> tuple[datetime | date, str]:
        ascii_text = to_ascii_digits(text.strip())
        try:
            if len(ascii_text) == 10:
                return date.fromisoformat(ascii_text), "day"
            return datetime.fromisoformat(ascii_text), "second"
        except ValueError:
            result = parse_result(
                text, tz=zone, now=now, disambiguate=opts.disambiguate,
                strict=opts.strict, calendar=calendar,
            )
            if result.precision in ("day", "month", "year"):
                return result.value.date(), result.precision
            return result.value, result.precision

    if opts.style:  # the writer is loaded only for --format
        from . import format_datetime

        style = opts.style
        _check_style(style, opts, zone)

        def convert(text: str) -> str:
            try:
                value, precision = read(text)
            except ParseError as exc:  # an interval, a duration or a recurrence is written too
                from .reader.reading import read_span
                from .writer.spans_formatting import format_span

                span = read_span(text, tz=zone, now=now, disambiguate=opts.disambiguate,
                                 strict=opts.strict, calendar=calendar)
                if span is None:
                    raise exc from None
                return format_span(span, style, digits="ascii" if opts.digits == "ascii" else "bengali")
            shown: datetime | date | Parsed = value
            if precision in ("month", "year") and not isinstance(value, datetime):
                shown = Parsed(datetime(value.year, value.month, value.day), precision)  # type: ignore[arg-type]
            elif precision == "time" and isinstance(value, datetime):  # a clock time alone
                shown = Parsed(value, "time")
            return format_datetime(
                shown, style, digits=opts.digits, ampm=opts.ampm,
                tz=zone if isinstance(value, datetime) and value.tzinfo else None,
                calendar=opts.calendar or "gregorian",
            )

        return convert

    def to_iso(text: str) -> str:  # a point, an interval, a duration or a recurrence
        return iso(
            text, tz=zone, now=now, disambiguate=opts.disambiguate,
            strict=opts.strict, calendar=calendar,
        )

    return to_iso


def _check_style(style: str, opts: argparse.Namespace, zone: Any) -> None:
    """A ``--format`` that cannot write any value is a usage error, not an error per line."""
    from . import format_datetime

    sample = datetime(2024, 9, 14, 18, 42, tzinfo=zone)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            format_datetime(
                sample, style, digits=opts.digits, ampm=opts.ampm, tz=zone,
                calendar=opts.calendar or "gregorian",
            )
        except ValueError as exc:
            raise _Usage(f"--format: {exc}") from None


Item = str | UnicodeDecodeError  # a decoded input line, or why it could not be decoded
_CHUNK_LINES: Final = 2000


class Chunk(NamedTuple):
    """The result of a run of lines: stdout text, stderr messages, whether any failed."""

    out: str
    messages: list[tuple[int, str]]  # (line number within the chunk, message)
    failed: bool


def convert_chunk(items: Sequence[Item], convert: Callable[[str], str], *, as_json: bool) -> Chunk:
    """Convert lines to one output line each (errors and warnings as messages)."""
    out: list[str] = []
    messages: list[tuple[int, str]] = []
    failed = False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for number, item in enumerate(items):
            text = item if isinstance(item, str) else None
            output = error = ""
            seen = len(caught)
            if text is None:
                error = f"invalid UTF-8: {item}"
            elif text.strip():
                try:
                    output = convert(text)
                except ValueError as exc:  # ParseError and its kin are ValueErrors
                    error = str(exc)
            messages += [(number, f"warning: {w.message}") for w in caught[seen:]]
            if error:
                failed = True
                messages.append((number, error))
            if as_json:
                given = text if text is not None else _undecodable(item)
                record = {
                    "input": given, "output": output or None, "error": error or None,
                    "kind": kind_of(output) if output else None,
                }
                out.append(_json(record))
            else:
                out.append(output)
        del caught[:]
    return Chunk("\n".join(out) + "\n" if out else "", messages, failed)


def kind_of(iso: str) -> str:
    """What an ISO 8601 (or RFC 5545) answer is: ``date``, ``time``, ``datetime``,
    ``interval``, ``duration`` or ``recurrence``.

    >>> [kind_of(x) for x in ("2024-09-14", "18:42:00", "2024-09-14T18:42:00+06:00")]
    ['date', 'time', 'datetime']
    >>> [kind_of(x) for x in ("2024-09-10/2024-09-12", "PT1H30M", "FREQ=WEEKLY;BYDAY=FR")]
    ['interval', 'duration', 'recurrence']
    """
    if iso.startswith("FREQ="):
        return "recurrence"
    if iso.startswith("P"):
        return "duration"
    if "/" in iso:
        return "interval"
    if "T" in iso:
        return "datetime"
    return "time" if ":" in iso else "date"


def _undecodable(item: Item) -> str:
    """An undecodable line kept whole: each byte that is not UTF-8 becomes ``\\udcXX``
    (Python's ``surrogateescape``), escaped as such in the JSON."""
    raw = item.object if isinstance(item, UnicodeDecodeError) else item.encode()
    return bytes(raw).decode("utf-8", "surrogateescape")


def run_lines(
    inputs: Iterable[Item],
    convert: Callable[[str], str],
    *,
    as_json: bool,
    out: IO[str],
    err: IO[str],
) -> int:
    """Convert each input to one output line; return 1 if any line failed, else 0."""
    return run_chunks(_chunks(inputs), convert, as_json=as_json, out=out, err=err)


def run_chunks(
    parts: Iterable[list[Item]],
    convert: Callable[[str], str],
    *,
    as_json: bool,
    out: IO[str],
    err: IO[str],
    progress: Progress | None = None,
) -> int:
    """:func:`run_lines` over inputs already in chunks (stdin as it arrives)."""
    sizes: list[int] = []

    def chunks() -> Iterator[Chunk]:
        for part in parts:
            sizes.append(len(part))
            yield convert_chunk(part, convert, as_json=as_json)

    return _write_as_they_come(chunks(), sizes, out=out, err=err, progress=progress)


class Progress:
    """``bn-datetime: 42% (120000 lines)`` redrawn on one line of a terminal's stderr.

    Only for work over a file whose size is known, only when stderr is a terminal, and
    only once the work has taken ``PROGRESS_AFTER`` seconds: a pipe, a log file or a
    quick run never sees it. ``done()`` says how many bytes of the file are read.
    """

    def __init__(self, err: IO[str], total: int, done: Callable[[], int]) -> None:
        self.err = err
        self.total = max(total, 1)
        self.done = done
        self.start = time.monotonic()
        self.shown = False
        self.last = 0.0

    @classmethod
    def for_file(cls, err: IO[str], fd: int) -> Progress | None:
        """A progress line for reading ``fd``, or None when there should be none."""
        import stat

        try:
            if not err.isatty():
                return None
            info = os.fstat(fd)
        except (OSError, ValueError, AttributeError):
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
            return None

        def done() -> int:
            try:
                return os.lseek(fd, 0, os.SEEK_CUR)
            except OSError:
                return 0

        return cls(err, info.st_size, done)

    def update(self, lines: int) -> None:
        now = time.monotonic()
        if now - self.start < PROGRESS_AFTER or now - self.last < 0.2:
            return
        self.last = now
        percent = min(100, 100 * self.done() // self.total)
        self.err.write(f"\r{PROG}: {percent:3d}% ({lines} lines)\x1b[K")
        self.err.flush()
        self.shown = True

    def clear(self) -> None:
        """Take the line away (before a message, and at the end)."""
        if self.shown:
            self.err.write("\r\x1b[K")
            self.err.flush()
            self.shown = False


def _write_as_they_come(
    chunks: Iterator[Chunk],
    sizes: list[int],
    *,
    out: IO[str],
    err: IO[str],
    progress: Progress | None = None,
) -> int:
    status = 0
    first = 1
    try:
        for index, chunk in enumerate(chunks):
            out.write(chunk.out)
            if chunk.messages and progress is not None:
                progress.clear()
            for number, message in chunk.messages:
                err.write(f"{PROG}: line {first + number}: {message}\n")
            status |= chunk.failed
            first += sizes[index]
            out.flush()  # a chunk is whole: let a reader downstream have it now
            if progress is not None:
                progress.update(first - 1)
    finally:
        if progress is not None:
            progress.clear()
    return status


def _chunks(inputs: Iterable[Item]) -> Iterator[list[Item]]:
    """Inputs in lists of _CHUNK_LINES."""
    source = iter(inputs)
    while chunk := list(itertools.islice(source, _CHUNK_LINES)):
        yield chunk


def _worker(conn: Connection, options: dict[str, Any]) -> None:
    """One process of ``--jobs``: convert each chunk of lines it is sent and send the result
    back, until it is sent ``None`` (or its parent goes away). Ctrl-C is the parent's to
    handle: it stops the workers itself."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    convert = _converter(SimpleNamespace(**options))  # type: ignore[arg-type]
    try:
        while (lines := conn.recv()) is not None:
            try:
                result: Chunk | Exception = convert_chunk(lines, convert, as_json=options["json"])
            except Exception as exc:  # a bug: the parent raises it
                result = exc
            conn.send(result)
    except (EOFError, OSError):  # the parent is gone
        pass


def _parallel(
    parts: Iterable[list[Item]],
    opts: argparse.Namespace,
    jobs: int,
    out: IO[str],
    err: IO[str],
    progress: Progress | None = None,
) -> int:
    """``--jobs N``: chunks converted by N processes, written in input order.

    Chunk *i* goes to worker *i mod N*, and each worker holds at most one chunk, so memory
    stays constant and the order needs no bookkeeping. The workers are plain processes this
    function owns: when the output fails (a full disk, a reader gone) or Ctrl-C comes, they
    are killed at once. (``multiprocessing.Pool`` was used before; its ``terminate`` while
    results were in flight could hang for ever, about one run in sixty on a full disk.)
    """
    import multiprocessing

    context = multiprocessing.get_context()
    options = vars(opts).copy()
    sizes: list[int] = []
    workers: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []

    def receive(index: int) -> Chunk:
        process, conn = workers[index % jobs]
        try:
            result: Chunk | Exception = conn.recv()
        except EOFError:
            raise RuntimeError(f"a --jobs worker stopped (exit code {process.exitcode})") from None
        if isinstance(result, Exception):
            raise result
        return result

    def results() -> Iterator[Chunk]:
        sent = 0
        for part in parts:
            if sent >= jobs:  # the worker this chunk goes to must hand back its last one
                yield receive(sent - jobs)
            sizes.append(len(part))
            workers[sent % jobs][1].send(part)
            sent += 1
        for index in range(max(0, sent - jobs), sent):
            yield receive(index)

    finished = False
    try:
        for _ in range(jobs):
            mine, theirs = context.Pipe()
            started = context.Process(target=_worker, args=(theirs, options), daemon=True)
            started.start()
            theirs.close()
            workers.append((started, mine))
        status = _write_as_they_come(results(), sizes, out=out, err=err, progress=progress)
        finished = True
        return status
    finally:
        for worker, conn in workers:
            if finished:
                conn.send(None)
            else:
                worker.kill()
        for worker, conn in workers:
            worker.join()
            conn.close()


def _search_record(m: Match, name: str, number: int, offset: int) -> dict[str, Any]:
    """One JSON line of ``bn-datetime search``. ``warnings`` holds the match's mismatch
    warnings (a weekday or a relative word the date contradicts), as text, instead of
    Python's warning lines on stderr; a recurrence adds what its RRULE ``iso`` cannot say:
    ``times`` (a count in each period, মাসে দুইবার) and ``during`` (a daily window)."""
    record: dict[str, Any] = {
        "file": name, "line": number, "column": m.start + 1,
        "start": offset + m.start, "end": offset + m.end, "text": m.text,
        "iso": m.isoformat(), "precision": m.precision,
        "calendar": m.calendar, "kind": m.kind,
        "warnings": [f"{type(w).__name__}: {w}" for w in m.warnings],
    }
    from .values import Recurrence

    value = m.result
    if isinstance(value, Recurrence):
        if value.times is not None:
            record["times"] = value.times
        if value.during is not None:
            record["during"] = f"{value.during[0].isoformat()}/{value.during[1].isoformat()}"
    return record


_JSON_UNSAFE: Final = "[\u0085\u2028\u2029\ud800-\udfff]"


@functools.cache
def _json_unsafe() -> re.Pattern[str]:  # compiled when JSON is first written
    return re.compile(_JSON_UNSAFE)


def _json(record: dict[str, Any]) -> str:
    """One JSON line. Besides what JSON escapes, U+0085, U+2028 and U+2029 (line breaks to
    some JSON Lines readers) and lone surrogates (an undecodable byte) are written as
    ``\\uXXXX``, so one record is always one line of valid UTF-8."""
    import json

    text = json.dumps(record, ensure_ascii=False)
    return _json_unsafe().sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# The options' defaults, for the common one-shot call with no options at all: building
# an argparse parser costs more than the conversion itself.
_DEFAULTS: Final = {
    "tz": "Asia/Dhaka", "now": None, "style": None, "digits": "bengali", "ampm": "short",
    "calendar": None, "disambiguate": "raise", "strict": False, "json": False, "jobs": 1,
}


def _run_plain(texts: Sequence[str]) -> int:
    """``bn-datetime TEXT ...`` with no options: convert with the defaults."""
    out, err = _text_streams()
    convert = _converter(SimpleNamespace(**_DEFAULTS))  # type: ignore[arg-type]
    return run_lines(texts, convert, as_json=False, out=out, err=err)


def _run_dates(argv: Sequence[str]) -> int:
    parser = _date_parser()
    opts = parser.parse_args(argv)
    if opts.jobs < 1:
        parser.error("--jobs must be at least 1")
    if opts.jobs > MAX_JOBS:
        parser.error(f"--jobs must be at most {MAX_JOBS}")
    out, err = _text_streams()
    try:
        convert = _converter(opts)
    except (_Usage, ValueError) as exc:
        parser.error(str(exc))
    stdin = None if opts.text else sys.stdin.buffer
    parts = _input_chunks(opts.text, stdin)
    progress = None if opts.json or stdin is None else _stdin_progress(err)
    if opts.jobs > 1:
        return _parallel(parts, opts, opts.jobs, out, err, progress)
    return run_chunks(parts, convert, as_json=opts.json, out=out, err=err, progress=progress)


def _stdin_progress(err: IO[str]) -> Progress | None:
    try:
        fd = sys.stdin.fileno()
    except (OSError, ValueError, AttributeError):
        return None
    return Progress.for_file(err, fd)


def _filter_command(
    name: str, description: str, make: Callable[[argparse.Namespace], Callable[[str], str]],
    options: Callable[[argparse.ArgumentParser], None] | None = None,
) -> Handler:
    """A subcommand that converts each argument, or each stdin line, like the date command."""

    def run(argv: Sequence[str]) -> int:
        from .cli_parser import ArgumentParser

        parser = ArgumentParser(prog=f"{PROG} {name}", description=description)
        parser.add_argument("text", nargs="*", help="inputs (default: stdin lines)")
        parser.add_argument("--json", action="store_true", help="JSON Lines: input, output, error")
        if options is not None:
            options(parser)
        opts = parser.parse_args(argv)
        out, err = _text_streams()
        stdin = None if opts.text else sys.stdin.buffer
        parts = _input_chunks(opts.text, stdin)
        progress = None if opts.json or stdin is None else _stdin_progress(err)
        return run_chunks(
            parts, make(opts), as_json=opts.json, out=out, err=err, progress=progress
        )

    return run


def _number(opts: argparse.Namespace) -> Callable[[str], str]:
    from .numerals.numwords import words_to_number

    def convert(text: str) -> str:
        value = words_to_number(text)
        return str(value) if isinstance(value, int) else format(value, "f")

    return convert


def _words_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", action="store_true", help="read as a year (উনিশশো একাত্তর)")
    parser.add_argument("--negative", choices=("মাইনাস", "ঋণাত্মক"), default="মাইনাস")


def _words(opts: argparse.Namespace) -> Callable[[str], str]:
    from .numerals.numwords import number_to_words

    def convert(text: str) -> str:
        if opts.year:
            return number_to_words(text.strip(), style="year", negative=opts.negative)
        return number_to_words(text.strip(), negative=opts.negative)

    return convert


def _run_search(argv: Sequence[str]) -> int:
    from .cli_parser import ArgumentParser

    parser = ArgumentParser(
        prog=f"{PROG} search",
        description="Find dates and times in text: one JSON line per match.",
        epilog="Each line: file, line, column, start, end (character offsets in the file), "
        "text, iso, precision, calendar.",
    )
    parser.add_argument("files", nargs="*", help="files to read (default: stdin)")
    parser.add_argument("--tz", default="Asia/Dhaka")
    parser.add_argument("--now", help="ISO 8601 base for relative dates (default: now)")
    parser.add_argument("--calendar", default="bd")
    opts = parser.parse_args(argv)
    from .reader.searching import unwarned_search
    from .tz import get_tz, localize

    out, err = _text_streams()
    try:
        zone = get_tz(opts.tz)
    except ValueError as exc:
        parser.error(str(exc))
    now = None
    if opts.now:
        try:
            now = datetime.fromisoformat(opts.now)
        except ValueError:
            parser.error(f"--now: not an ISO 8601 datetime: {opts.now!r}")
        if now.tzinfo is None:
            now = localize(now, zone, "compatible")
    status = 0
    read = [0]  # bytes of the files read so far, for the progress line
    progress = _files_progress(err, opts.files, lambda: read[0])
    lines = 0
    try:
        for name in opts.files or ["-"]:
            try:
                stream = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
            except OSError as exc:
                if progress is not None:
                    progress.clear()
                err.write(f"{PROG} search: {exc}\n")
                status = 1
                continue
            offset = 0
            with stream:
                for number, raw in enumerate(stream, 1):
                    read[0] += len(raw)
                    lines += 1
                    try:
                        line = raw.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        if progress is not None:
                            progress.clear()
                        err.write(f"{PROG} search: {name}: line {number}: invalid UTF-8: {exc}\n")
                        status = 1
                        offset += len(raw.decode("utf-8", "replace"))
                        continue
                    for m in unwarned_search(line, tz=zone, now=now, calendar=opts.calendar):
                        out.write(_json(_search_record(m, name, number, offset)) + "\n")
                    offset += len(line)
                    if progress is not None:
                        progress.update(lines)
    finally:
        if progress is not None:
            progress.clear()
    return status


def _files_progress(err: IO[str], names: Sequence[str], done: Callable[[], int]) -> Progress | None:
    """A progress line for reading the named files (regular files only, no stdin)."""
    import stat

    if not names or "-" in names:
        return None
    try:
        if not err.isatty():
            return None
        infos = [os.stat(name) for name in names]
    except (OSError, ValueError, AttributeError):
        return None
    if not all(stat.S_ISREG(info.st_mode) for info in infos):
        return None
    total = sum(info.st_size for info in infos)
    return Progress(err, total, done) if total else None


def _run_page(argv: Sequence[str]) -> int:
    from .pages import run_page_command

    return run_page_command(argv)


def _run_cal(argv: Sequence[str]) -> int:
    from .cal_command import run

    return run(argv)


SUBCOMMANDS.update(
    {
        "search": ("dates in running text → JSON Lines", _run_search),
        "cal": ("a Bangla or Hijri month at a glance", _run_cal),
        "page": ("saved web pages → published and updated", _run_page),
        "number": (
            "number words → digits",
            _filter_command("number", "Bengali number words → a number: এক লাখ পঁচিশ হাজার → 125000", _number),
        ),
        "words": (
            "a number → Bengali words",
            _filter_command(
                "words", "A number → Bengali words: 2024 → দুই হাজার চব্বিশ", _words, _words_options
            ),
        ),
    }
)


def _text_streams() -> tuple[IO[str], IO[str]]:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    return sys.stdout, sys.stderr


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (the console script exits with it)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if sys.stdout is None:  # started with standard output closed (bn-datetime x >&-)
        if sys.stderr is not None:
            sys.stderr.write(f"{PROG}: standard output is closed\n")
        return 1
    try:
        status = _dispatch(args)
        sys.stdout.flush()  # a write that fails fails here, not in Python's exit
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away: stop quietly, and keep Python from complaining at exit.
        _silence_stdout()
        return 141
    except OSError as exc:  # a full disk, a closed or failing output
        reason = exc.strerror or str(exc)
        sys.stderr.write(f"{PROG}: cannot write the output: {reason}\n")
        _silence_stdout()
        return 1


def _dispatch(args: list[str]) -> int:
    try:
        if args and args[0] in SUBCOMMANDS:
            return SUBCOMMANDS[args[0]][1](args[1:])
        if args and args[0] == "--":
            args = args[1:]
        elif args and not any(a.startswith("-") for a in args):
            return _run_plain(args)
        return _run_dates(args)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that what is still buffered does not fail again (with
    a traceback) when Python flushes it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
