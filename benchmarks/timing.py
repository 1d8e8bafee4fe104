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


def interleaved_medians(
    actions: dict[str, Callable[[], object]],
    runs: int,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, float]:
    """Median seconds of each action, the actions taking turns run after run: a baseline and
    what is compared with it then share the machine's load of the moment (on a machine others
    use, timing one after all runs of the other moved their ratio by a third)."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start = clock()
            action()
            times[name].append(clock() - start)
    return {name: statistics.median(found) for name, found in times.items()}
