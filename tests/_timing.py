"""Linear-time checks that a shared, noisy machine cannot fail by accident.

A growth check compares the cost of one function on a small and a large input. What is
timed is this process's CPU time (``time.process_time``) with the garbage collector paused
after a full collection, so that other processes and the test session's own garbage count
for little. The two sizes are measured in turn (small, large, small, large…) so that both
see the same machine, and each size keeps its best run: a busy machine only ever adds time.

When the ratio is over its limit the measurement goes on for a few more rounds before the
check fails. Noise is one-sided, so more rounds can only bring both sizes nearer their
true cost; a quadratic path stays quadratic however often it is measured (at ten times the
size it costs a hundred times, far past any limit here), so the retry cannot hide one.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def cpu_seconds(func: Callable[[str], Any], text: str) -> float:
    """CPU seconds of one ``func(text)``, the garbage collector paused."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        func(text)
        return time.process_time() - start
    finally:
        gc.enable()


def assert_grows_linearly(
    func: Callable[[str], Any],
    small_text: str,
    large_text: str,
    limit: float,
    *,
    runs: int = 3,
    rounds: int = 4,
    floor: float = 1e-4,
    what: str = "",
) -> None:
    """Fail unless ``func(large_text)`` costs at most ``limit`` times ``func(small_text)``.

    ``floor`` is the least the small run counts as: a function that refuses long input at
    once is not timed against the clock's resolution.

    >>> assert_grows_linearly(len, "a" * 10, "a" * 100, 1000)
    """
    small = large = float("inf")
    for _ in range(rounds):
        for _ in range(runs):
            small = min(small, cpu_seconds(func, small_text))
            large = min(large, cpu_seconds(func, large_text))
        if large <= limit * max(small, floor):
            return
    ratio = large / max(small, floor)
    raise AssertionError(
        f"{what or getattr(func, '__name__', 'func')}: {len(large_text):,} characters took "
        f"{large:.4f}s, {ratio:.1f} times the {small:.4f}s of {len(small_text):,} (limit {limit})"
    )
