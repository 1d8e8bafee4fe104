"""The sizing table of deploy/README.md, computed from what the hub test measured.

    python deploy/sizing.py [test-artifacts/hub-usage.json]

The hub test (tests/hub/test_hub.py) writes per-user resident memory and CPU time, read from
/proc, of real single-user servers under a real JupyterHub on this machine. deploy/measured.json
is the copy the README's table was computed from.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from pathlib import Path

COHORTS = (30, 100, 300)
HEADROOM = 1.3  # later steps, a second tab, a bigger network than the test's
ARRIVAL_SECONDS = 300  # the cohort opens its first page within five minutes
BUSY = 0.7  # cores kept below 70 % busy while they arrive
NODE_CORES, NODE_GB = 8, 32  # a common Kubernetes node, for Zero to JupyterHub


def table(measured: dict) -> str:
    """The markdown table: memory and cores for each cohort size, and where to run it."""
    first_mb = statistics.mean(measured["server_with_kernel_rss_mb"])
    first_cpu = statistics.mean(measured["server_with_kernel_cpu_seconds"])
    # At step 1 (charts, forms), after the welcome page: the heavier of the two counts.
    per_user_mb = max(first_mb, measured.get("server_at_step_1_rss_mb", 0))
    step_cpu = measured.get("server_at_step_1_cpu_seconds", first_cpu)
    base_mb = measured.get("hub_and_proxy_rss_mb", 0)
    rows = [
        f"Measured per user: the server with the welcome page {first_mb:.0f} MB resident and "
        f"{first_cpu:.1f} CPU-seconds from start; then at step 1 {per_user_mb:.0f} MB and "
        f"{step_cpu:.1f} CPU-seconds in all. Hub + proxy + culler: {base_mb:.0f} MB.",
        "",
        "| users | memory (all connected) | cores (arriving within 5 min) | run it on |",
        "| ---: | ---: | ---: | --- |",
    ]
    for users in COHORTS:
        memory_gb = (base_mb + users * per_user_mb * HEADROOM) / 1024
        cores = max(2, math.ceil(users * first_cpu / (ARRIVAL_SECONDS * BUSY)))
        if users <= 100:
            where = f"TLJH, one server: {math.ceil(memory_gb + 2)} GB RAM, {cores} cores"
        else:
            nodes = max(math.ceil(memory_gb / (NODE_GB - 4)), math.ceil(cores / (NODE_CORES - 1)))
            where = f"Z2JH: {nodes} nodes of {NODE_CORES} cores / {NODE_GB} GB"
        rows.append(f"| {users} | {memory_gb:.1f} GB | {cores} | {where} |")
    return "\n".join(rows)


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("measured.json"))
    print(table(json.loads(source.read_text(encoding="utf-8"))))
