"""An untouched batch of the asks corpus, scored once (issue #16): batch 3 to 28.

Each batch holds real asks from sources the corpus had never used, labelled by guide v2 before
any checker ran on them (``asks_corpus_batch<N>_{en,fr}.py``), then labelled again blind by a
second coach who saw the texts only and marked whether each is a networking ask at all
(``asks_corpus_batch<N>_{en,fr}_second.jsonl``). Three views, aggregate figures only (no item is
printed):

- ``all``: every ask, first coach's label;
- ``in scope``: the asks the second coach read as networking asks (not test sentences, support
  messages, bug reports);
- ``consensus``: in scope, and both coaches gave the same label.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/eval_asks_batches.py --batch 4`` (the checker
on the path is the one scored, so a checkout of an older commit gives its baseline).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval_asks import _print_score, batch_rows, score

HERE = Path(__file__).resolve().parent


def views(batch: int) -> dict[str, list[dict]]:
    """The three views' rows of one batch, both languages."""
    rows: dict[str, list[dict]] = {"all": [], "in scope": [], "consensus": []}
    for lang in ("en", "fr"):
        if not (HERE / f"asks_corpus_batch{batch}_{lang}.py").exists():  # a one-language batch
            continue
        asks = [r for r in batch_rows(f"asks_corpus_batch{batch}_{lang}") if r["lang"] == lang]
        second_path = HERE / f"asks_corpus_batch{batch}_{lang}_second.jsonl"
        with open(second_path, encoding="utf-8") as handle:
            second = {d["n"]: d for d in map(json.loads, handle)}
        for n, row in enumerate(asks):
            rows["all"].append(row)
            if second[n]["scope"] == "in":
                rows["in scope"].append(row)
                if second[n]["label"] == row["label"]:
                    rows["consensus"].append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, choices=range(3, 29), required=True)
    batch = parser.parse_args().batch
    for view, rows in views(batch).items():
        found = score(rows)
        for lang, part in found["by_lang"].items():
            _print_score(f"[batch{batch} {view} {lang}]", part)


if __name__ == "__main__":
    main()
