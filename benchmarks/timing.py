"""Shared by the benchmark scripts: the median time of an action over several runs."""

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Median wall-clock seconds of ``action`` over ``runs`` runs (machines here are noisy)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
