"""Batch 3 split by source into ``b3dev`` (errors may be read) and ``b3hold`` (aggregate only).

Batch 3 was run once as the untouched test of guide v2 and is seen since; to keep learning from it
honest, its sources go to two halves by a hash of the source id, so one source's sibling asks stay
on one side. Rules are developed on the errors of ``b3dev`` (``--errors``); ``b3hold`` prints
agreement, recalls and the confusion matrix only.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/eval_asks_b3split.py [--errors]``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_asks import _print_score, batch_rows, print_errors, score  # noqa: E402


def half_of(source: str) -> str:
    """``b3dev`` or ``b3hold``, by a hash of the source id."""
    digest = hashlib.sha256(("b3split:" + source).encode("utf-8")).hexdigest()
    return "b3dev" if int(digest[:8], 16) % 2 == 0 else "b3hold"


def halves() -> dict[str, list[dict]]:
    """Both languages' batch 3 rows, by half."""
    out: dict[str, list[dict]] = {"b3dev": [], "b3hold": []}
    for lang in ("en", "fr"):
        for n, row in enumerate(batch_rows(f"asks_corpus_batch3_{lang}")):
            out[half_of(row["source"])].append({**row, "n": n})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list b3dev's disagreements")
    args = parser.parse_args()
    for half, rows in halves().items():
        found = score(rows)
        for lang, part in found["by_lang"].items():
            _print_score(f"[{half} {lang}]", part)
        _print_score(f"[{half} both]", found)
        if args.errors and half == "b3dev":
            print_errors(rows, lambda r: f"{r['lang']}-{r['n']}", width=260)


if __name__ == "__main__":
    main()
