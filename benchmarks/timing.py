"""Shared by the benchmark scripts: the median time of an action over several runs."""

import statistics
import time
from collections.abc import Callable


def median_seconds(
    action: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median seconds of ``action`` over ``runs`` runs (machines here are noisy): wall-clock by
    default; ``clock=time.process_time`` counts this process's CPU time only, which other
    programs running on the machine disturb much less."""
    times = []
    for _ in range(runs):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall-clock milliseconds of ``action`` over ``runs`` runs."""
    return 1000 * median_seconds(action, runs)
