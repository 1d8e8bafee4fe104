"""The trainer's cohort dashboard on the demo folder (3 people, 6 files) and on 30 people.

Baseline, same run: ``cohort.load_summaries`` on the same folder, the least the dashboard does.
The dashboard: loading, then every section's outputs (charts serialised as plotly JSON).
"""

import json
import random
import tempfile
from pathlib import Path

import timing

from toolkit.cohort import summaries as cohort
from toolkit.cohort.screens import dashboard
from toolkit.core import workspaces

RUNS = 7
DEMO = workspaces.repo_root() / "workshops" / "cohorte_demo"


def write_group(folder: Path, people: int, seed: int = 8) -> None:
    """``people`` fictional participants, each a demo summary with scattered figures, at two
    dates; one in three shares an ask."""
    rng = random.Random(seed)
    models = cohort.load_summaries(DEMO)
    for n in range(people):
        for k, day in enumerate(("2026-06-15", "2026-09-15")):
            item = json.loads(json.dumps(models[(2 * n + k) % len(models)]))
            item["participant"] = f"bench-{n:03d}"
            item["taken_on"] = day
            item["figures"] = {
                name: value * rng.uniform(0.5, 1.5) for name, value in item["figures"].items()
            }
            item.pop("alias", None)
            if k and n % 3 == 0:
                item["ring"] = {"ask": f"Demande fictive numéro {n}", "sector": "sante"}
            else:
                item.pop("ring", None)
            (folder / f"p{n:03d}-{day}.json").write_text(json.dumps(item), encoding="utf-8")


def render(folder: Path) -> list[dict]:
    summaries = cohort.load_summaries(folder)
    return [b for s in dashboard.SECTIONS for b in dashboard.section_bundles(summaries, s)]


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        thirty = Path(scratch)
        write_group(thirty, 30)
        print(f"medians of {RUNS} runs")
        for name, folder in (("demo (3 people, 6 files)", DEMO), ("30 people, 60 files", thirty)):
            baseline = timing.median_ms(lambda f=folder: cohort.load_summaries(f), RUNS)
            ms = timing.median_ms(lambda f=folder: render(f), RUNS)
            print(f"  {name:26} load {baseline:6.1f} ms  dashboard {ms:6.1f} ms", end="")
            print(f"  = {ms / baseline:5.1f} × load")


if __name__ == "__main__":
    main()
