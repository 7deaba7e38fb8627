"""This checkout against an earlier revision, side by side in one run.

    python benchmarks/bench_revisions.py [--against REV] [--this REV] [--rounds N] [--n N] [--quick]

Exports REV (default ``5a7109e``, the last commit before the typed reading pipeline) with
``git archive`` into a temporary folder, then times ``to_iso`` over the mixed real-world
corpus and the news form (a first pass over distinct strings, then the same strings again:
what is left once the rules and memos the texts need are built), and ``search`` over
article text, in the two trees in turn
(A B A B …, each round a fresh process importing its own tree), on the same inputs
written once to a file. It prints each figure's median per call and the ratio
this/earlier pair by pair (below 1: this checkout is faster), so a drift of the shared
machine's speed between rounds does not tilt the comparison. Both sides run the same
scanner: this build's compiled one when REV's C source is the same (it is copied into the
export), else the pure one on both. ``--this REV`` measures that revision (exported the
same way) in place of the checkout: the figures of an earlier state, in the same run form.
Each round runs in its own tree's folder and checks that it imported that tree's package.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_AGAINST = "5a7109e"

WORKER = r"""
import json, sys, time, warnings
from datetime import datetime
import bn_datetime as bd
data = json.load(open(sys.argv[1], encoding="utf-8"))
now = datetime(2024, 9, 14, 20, 0)
warnings.simplefilter("ignore")
out = {}


def per_string(texts):  # µs a string of to_iso over texts (rejected texts included)
    start = time.perf_counter()
    for text in texts:
        try:
            bd.to_iso(text, now=now)
        except ValueError:
            pass
    return (time.perf_counter() - start) / len(texts) * 1e6


for name, texts in (("mixed", data["mixed"]), ("news", data["news"])):
    per_string(texts[:50])
    out[name] = per_string(texts)
    # the same strings again: what is left once every rule and memo a text needs is built
    out[name + " again"] = per_string(texts)
article = data["article"]
bd.search(article[:2000], now=now)
start = time.perf_counter()
bd.search(article, now=now)
out["search"] = len(article.encode()) / (time.perf_counter() - start) / 1e6
out["package"] = bd.__file__
print(json.dumps(out))
"""


def export(rev: str, folder: Path) -> Path:
    """The package of ``rev`` unpacked under ``folder`` (only ``bn_datetime/``)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "bn_datetime"],
        capture_output=True, check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def inputs(n: int, path: Path) -> None:
    sys.path.insert(0, str(HERE))
    import corpus

    article = (ROOT / "tests" / "data" / "kalbela_2024-09-14.txt").read_text(encoding="utf-8")
    data = {
        "mixed": [text for text, _ in corpus.mixed(n)],
        "news": [text for text, _ in corpus.news_form(n)],
        "article": (article + "\n") * 40,
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


_SCANNER_SOURCE = Path("bn_datetime") / "_core" / "_scanner.c"


def same_scanner(tree: Path) -> bool:
    """Give ``tree`` this checkout's compiled scanner when its C source is the same, so
    both sides run the same scanner; False (both sides then run the pure one) otherwise."""
    ours, theirs = ROOT / _SCANNER_SOURCE, tree / _SCANNER_SOURCE
    built = sorted((ROOT / _SCANNER_SOURCE.parent).glob("_scanner.*.so"))
    if not built or not theirs.is_file() or theirs.read_bytes() != ours.read_bytes():
        return False
    for module in built:
        shutil.copy2(module, theirs.parent / module.name)
    return True


def measure(tree: Path, data: Path, pure: bool) -> dict[str, float]:
    """One round in a fresh process that imports the package of ``tree``.

    The process runs in ``tree``: ``python -c`` puts its working directory first on
    ``sys.path``, before ``PYTHONPATH``, so run from this checkout both sides would
    import this checkout's package (and compare it with itself). The worker names the
    package it imported, and a wrong one stops the run.
    """
    env = {**os.environ, "PYTHONPATH": str(tree)}
    if pure:
        env["BN_DATETIME_PURE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(data)],
        capture_output=True, text=True, env=env, check=True, cwd=tree,
    )
    result = json.loads(done.stdout)
    package = Path(result.pop("package")).resolve()
    if not package.is_relative_to(tree.resolve()):
        msg = f"the round for {tree} imported {package}"
        raise RuntimeError(msg)
    return {key: float(value) for key, value in result.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default=DEFAULT_AGAINST, help="the earlier revision")
    parser.add_argument(
        "--this", default=None, help="measure this revision instead of the checkout (exported too)"
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--n", type=int, default=2000, help="strings in each corpus")
    parser.add_argument("--quick", action="store_true", help="--rounds 3 --n 600")
    opts = parser.parse_args()
    if opts.quick:
        opts.rounds, opts.n = 3, 600
    with tempfile.TemporaryDirectory() as tmp:
        base = export(opts.against, Path(tmp) / "earlier")
        tree = ROOT if opts.this is None else export(opts.this, Path(tmp) / "this")
        data = Path(tmp) / "inputs.json"
        inputs(opts.n, data)
        # the same scanner on both sides: this build's compiled one when the earlier
        # revision's C source is ours, else the pure one on both (never compiled vs pure)
        pure = os.environ.get("BN_DATETIME_PURE") == "1" or not (
            same_scanner(base) and (tree == ROOT or same_scanner(tree))
        )
        this: list[dict[str, float]] = []
        earlier: list[dict[str, float]] = []
        for _ in range(opts.rounds):
            this.append(measure(tree, data, pure))
            earlier.append(measure(base, data, pure))
    scanner = "pure scanner on both sides" if pure else "the compiled scanner on both sides"
    this_name = "this checkout" if opts.this is None else opts.this
    print(f"{this_name} vs {opts.against}, {opts.rounds} rounds A B A B …, medians ({scanner})")
    print(f"{'figure':<34}{'this':>10}{'earlier':>10}{'this/earlier':>14}")
    rows = (
        ("to_iso, mixed corpus (µs a string)", "mixed", False),
        ("  … the same strings again", "mixed again", False),
        ("to_iso, news form (µs a string)", "news", False),
        ("  … the same strings again", "news again", False),
        ("search, article text (MB/s)", "search", True),
    )
    for label, key, higher_is_better in rows:
        ratios = [a[key] / b[key] for a, b in zip(this, earlier, strict=True)]
        a = statistics.median(r[key] for r in this)
        b = statistics.median(r[key] for r in earlier)
        ratio = statistics.median(ratios)
        better = ratio >= 1 if higher_is_better else ratio <= 1
        verdict = "no slower" if better else "slower"
        print(f"{label:<34}{a:>10.2f}{b:>10.2f}{ratio:>13.2f}x  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
