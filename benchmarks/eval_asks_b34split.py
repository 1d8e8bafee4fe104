"""Batches 3 and 4 split by source into ``dev`` (errors may be read) and ``hold`` (aggregate
only), for the round after batch 4 (issue #16).

Both batches are seen (each was run once untouched). To keep learning from them honest, about
30 % of their *sources* go to ``hold`` by a SHA-256 of the batch and source id, so a source's
sibling asks stay on one side. Rules and models are developed on ``dev`` (``--errors`` lists its
disagreements for one language); ``--hold`` prints ``hold``'s agreement, recalls and confusion
matrix only, never an item.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/eval_asks_b34split.py [--errors fr] [--hold]``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_asks import _print_score, batch_rows, print_errors, score  # noqa: E402

HOLD_SHARE = 30  # per cent of sources


def part_of(batch: int, source: str) -> str:
    """``dev`` or ``hold``, by a hash of the batch and the source id."""
    digest = hashlib.sha256(f"b34split:{batch}:{source}".encode()).hexdigest()
    return "hold" if int(digest[:8], 16) % 100 < HOLD_SHARE else "dev"


def parts() -> dict[str, list[dict]]:
    """Both languages' batch 3 and 4 rows, by part; each row keeps ``batch``, ``n``, ``group``."""
    out: dict[str, list[dict]] = {"dev": [], "hold": []}
    for batch in (3, 4):
        for lang in ("en", "fr"):
            for n, row in enumerate(batch_rows(f"asks_corpus_batch{batch}_{lang}")):
                part = part_of(batch, row["source"])
                group = f"b{batch}:{row['source']}"
                out[part].append({**row, "batch": batch, "n": n, "group": group})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("fr", "en"), help="list dev's disagreements")
    parser.add_argument("--hold", action="store_true", help="also the hold part (aggregate)")
    args = parser.parse_args()
    split = parts()
    for part in ("dev", "hold") if args.hold else ("dev",):
        rows = split[part]
        found = score(rows)
        for lang, figures in found["by_lang"].items():
            _print_score(f"[{part} {lang}]", figures)
        if args.errors and part == "dev":
            mine = [r for r in rows if r["lang"] == args.errors]
            print_errors(mine, lambda r: f"b{r['batch']}-{r['n']}")


if __name__ == "__main__":
    main()
