"""Number words, both ways: bn_datetime against num2words and the other PyPI packages.

Run ``python benchmarks/bench_numbers.py``. One run prints, for every library, the
median µs per call over chunks of distinct inputs (no input is converted twice, so no
cache can help), its accuracy on the shared reference rows beside the speed, and the
speed ratio to bn_datetime.

Accuracy, number → words: "exact" is the canonical spelling of the row (after NFC);
"accepted" also counts any spelling that bn_datetime's strict reader reads back to the
row's value (the research note's variants: লক্ষ, শত, এগার …). Words → number: every
canonical and variant string of the cardinal, fraction and grouped rows must give the
row's value; a wrong value, unconverted text or an exception is a miss.

Peers are imported by name; one that is not installed is skipped with the reason.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import random
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bn_datetime.errors import ParseError  # noqa: E402
from bn_datetime.numerals import numwords  # noqa: E402
from bn_datetime.text.digits import to_bengali_digits  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "data" / "numerals_reference.jsonl"
CHUNK = 200
N_INPUTS = 20_000
SEED = 20240914

Converter = Callable[[Any], Any]


# ---------------------------------------------------------------------------
# the libraries (each adapter takes the value or text and returns str / number)
# ---------------------------------------------------------------------------


def _load(module: str) -> Any:
    return importlib.import_module(module)


def _peers_to_words() -> tuple[dict[str, Converter], dict[str, str]]:
    found: dict[str, Converter] = {"bn_datetime": numwords.number_to_words}
    skipped: dict[str, str] = {}

    def add(name: str, build: Callable[[], Converter]) -> None:
        try:
            found[name] = build()
        except Exception as exc:  # a peer that is missing or broken is reported, not fatal
            skipped[name] = f"{type(exc).__name__}: {exc}"

    def num2words() -> Converter:
        mod = _load("num2words")
        return lambda n: mod.num2words(n, lang="bn")

    def bangla_normalizer() -> Converter:
        mod = _load("bangla_normalizer")
        return lambda n: mod.convert_number_to_words(str(n))

    def indic_numtowords() -> Converter:
        mod = _load("indic_numtowords")
        return lambda n: mod.num2words(n, lang="bn")

    def bornomala() -> Converter:
        mod = _load("bornomala")
        return lambda n: str(mod.num_to_words(n))

    def bnnumerizer() -> Converter:
        mod = _load("bnnumerizer")
        return lambda n: mod.numerize(to_bengali_digits(n))

    def pybangla() -> Converter:
        with contextlib.redirect_stdout(io.StringIO()):
            normalizer = _load("pybangla").Normalizer()
        return lambda n: normalizer.number_convert(str(n))["number_string"]

    add("num2words (lang=bn)", num2words)
    add("bangla_normalizer", bangla_normalizer)
    add("indic_numtowords", indic_numtowords)
    add("bornomala-py", bornomala)
    add("bnnumerizer", bnnumerizer)
    add("pybangla", pybangla)
    skipped["banglanum2words"] = (
        "not installed: it pins num2words==0.5.10, which has no 'bn' and would replace num2words"
    )
    skipped["ICU RBNF (PyICU)"] = "ICU 77 has no Bengali spellout rules (answers in English)"
    return found, skipped


def _number_from(result: Any) -> int | Decimal | None:
    if isinstance(result, bool) or result is None:
        return None
    if isinstance(result, (int, Decimal)):
        return result
    if isinstance(result, float):
        return Decimal(repr(result))
    if isinstance(result, str):
        text = result.strip().replace(",", "")
        try:
            return Decimal(text.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")))
        except InvalidOperation:
            return None
    return None


def _peers_to_number() -> tuple[dict[str, Converter], dict[str, str]]:
    found: dict[str, Converter] = {"bn_datetime": numwords.words_to_number}
    skipped: dict[str, str] = {"num2words (lang=bn)": "has no words → number direction"}

    def add(name: str, build: Callable[[], Converter]) -> None:
        try:
            found[name] = build()
        except Exception as exc:
            skipped[name] = f"{type(exc).__name__}: {exc}"

    def pybangla() -> Converter:
        with contextlib.redirect_stdout(io.StringIO()):
            normalizer = _load("pybangla").Normalizer()
        return lambda text: normalizer.word2number(text)

    def bornomala() -> Converter:
        mod = _load("bornomala")
        return lambda text: mod.words_to_num(text)

    def doshomik() -> Converter:
        mod = _load("doshomik")
        return lambda text: mod.parse(text)

    def bangla_normalizer() -> Converter:
        mod = _load("bangla_normalizer")
        return lambda text: mod.bangla_to_english_number(text)

    add("pybangla word2number", pybangla)
    add("bornomala-py words_to_num", bornomala)
    add("doshomik parse", doshomik)
    add("bangla_normalizer bangla_to_english_number", bangla_normalizer)
    return found, skipped


# ---------------------------------------------------------------------------
# accuracy on the reference rows
# ---------------------------------------------------------------------------


def _rows() -> list[dict[str, Any]]:
    if not REFERENCE.exists():
        return []
    return [json.loads(line) for line in REFERENCE.read_text("utf-8").splitlines() if line.strip()]


def _value(row: dict[str, Any]) -> int | Decimal:
    raw = row["value"]
    return Decimal(raw) if isinstance(raw, str) else int(raw)


def _call_quietly(func: Converter, arg: Any) -> Any:
    with contextlib.redirect_stdout(io.StringIO()):
        return func(arg)


def accuracy_to_words(func: Converter, rows: list[dict[str, Any]]) -> tuple[int, int, int]:
    exact = accepted = 0
    cases = [r for r in rows if r["kind"] == "cardinal"]
    for row in cases:
        value = _value(row)
        try:
            out = _call_quietly(func, value)
        except Exception:
            continue
        if not isinstance(out, str):
            continue
        out = unicodedata.normalize("NFC", " ".join(out.split()))
        if out == row["canonical"]:
            exact += 1
            accepted += 1
            continue
        try:
            if numwords.words_to_number(out) == value:
                accepted += 1
        except ParseError:
            pass
    return exact, accepted, len(cases)


def accuracy_to_number(func: Converter, rows: list[dict[str, Any]]) -> tuple[int, int]:
    right = total = 0
    for row in rows:
        if row["kind"] not in ("cardinal", "fraction", "grouped"):
            continue
        value = _value(row)
        for form in [row["canonical"], *row["variants"]]:
            total += 1
            try:
                got = _number_from(_call_quietly(func, form))
            except Exception:
                continue
            if got is not None and got == value:
                right += 1
    return right, total


# ---------------------------------------------------------------------------
# speed
# ---------------------------------------------------------------------------


def median_us(func: Converter, inputs: list[Any]) -> float:
    """Median over chunks of distinct inputs of the time per call, in µs."""
    per_call: list[float] = []
    clock = time.perf_counter
    with contextlib.redirect_stdout(io.StringIO()):  # some peers print warnings
        for start in range(0, len(inputs), CHUNK):
            chunk = inputs[start : start + CHUNK]
            t0 = clock()
            for item in chunk:
                try:  # noqa: SIM105 (contextlib.suppress would add its own cost to every call)
                    func(item)
                except Exception:
                    pass
            per_call.append((clock() - t0) / len(chunk) * 1e6)
    return statistics.median(per_call)


def _distinct_ints(rng: random.Random, count: int) -> list[int]:
    seen: set[int] = set()
    while len(seen) < count:
        digits = rng.randint(1, 9)
        seen.add(rng.randrange(10 ** (digits - 1) if digits > 1 else 0, 10**digits))
    values = list(seen)
    rng.shuffle(values)
    return values


def _table(title: str, header: list[str], lines: list[list[str]]) -> None:
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))


def main() -> None:
    rows = _rows()
    if not rows:
        print(f"note: {REFERENCE} not found; accuracy columns are empty")
    rng = random.Random(SEED)
    ints = _distinct_ints(rng, N_INPUTS)
    texts = [numwords.number_to_words(n) for n in ints]  # distinct canonical strings
    print(
        f"python {sys.version.split()[0]}; {N_INPUTS} distinct inputs (0 to 10^9), chunks of {CHUNK}"
    )

    to_words, skipped_w = _peers_to_words()
    base_w = median_us(to_words["bn_datetime"], ints)
    lines = []
    for name, func in to_words.items():
        speed = base_w if name == "bn_datetime" else median_us(func, ints)
        exact, accepted, total = accuracy_to_words(func, rows)
        lines.append(
            [
                name,
                f"{speed:.2f}",
                f"{speed / base_w:.2f}x",
                f"{exact}/{total}",
                f"{accepted}/{total}",
            ]
        )
    _table(
        "number → words (median µs per call; ratio = peer time / bn_datetime time)",
        ["library", "µs/call", "ratio", "exact", "accepted"],
        lines,
    )
    for name, reason in skipped_w.items():
        print(f"  skipped {name}: {reason}")

    to_number, skipped_n = _peers_to_number()
    base_n = median_us(to_number["bn_datetime"], texts)
    lines = []
    for name, func in to_number.items():
        speed = base_n if name == "bn_datetime" else median_us(func, texts)
        right, total = accuracy_to_number(func, rows)
        lines.append([name, f"{speed:.2f}", f"{speed / base_n:.2f}x", f"{right}/{total}"])
    _table(
        "words → number (median µs per call on canonical words; accuracy on every reference form)",
        ["library", "µs/call", "ratio", "correct"],
        lines,
    )
    for name, reason in skipped_n.items():
        print(f"  skipped {name}: {reason}")


if __name__ == "__main__":
    main()
