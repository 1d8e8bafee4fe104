"""How far the ask checker agrees with the coach's labels on asks written by other people.

Prints, per language and split: agreement, recall per verdict, the confusion matrix, and the same
for the quoted asks alone (the paraphrases share frames, the quoted asks do not). The test split
is for the final figures only: tune on ``--split train``.

Run: ``.venv/bin/python benchmarks/eval_asks.py --split train`` (or ``test``, or ``all``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

try:  # the layout after the restructure (issue #14), then the one before it
    from toolkit.ask.checker import check
except ImportError:  # pragma: no cover - only before the restructure
    from toolkit.asks import check

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "asks_corpus"
VERDICTS = ("precise", "vague", "too_big")


def load(lang: str, split: str) -> list[dict]:
    """The labelled asks of one language and split (``all`` for both splits)."""
    with open(CORPUS / f"{lang}.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [r for r in rows if split == "all" or r["split"] == split]


def verdict_of(row: dict) -> str:
    """The checker's verdict on one labelled ask, with what the corpus knows of the tie."""
    relation = "above" if row.get("upward") else None
    return check(row["text"], row["lang"], relation, row.get("circle")).verdict


def report(title: str, rows: list[dict], verdicts: list[str]) -> dict:
    """Print agreement, recall per class and the confusion matrix; return the figures."""
    pairs = Counter(zip((r["label"] for r in rows), verdicts, strict=True))
    agreed = sum(pairs[(v, v)] for v in VERDICTS)
    figures = {"n": len(rows), "agreement": agreed / len(rows) if rows else 0.0}
    print(f"{title}: n={len(rows)}  agreement {figures['agreement']:.1%}")
    for label in VERDICTS:
        total = sum(pairs[(label, v)] for v in VERDICTS)
        recall = pairs[(label, label)] / total if total else float("nan")
        figures[f"recall_{label}"] = recall
        print(f"  recall {label:8s} {recall:6.1%}  ({pairs[(label, label)]}/{total})")
    print("  label \\ verdict " + "".join(f"{v:>9s}" for v in VERDICTS))
    for label in VERDICTS:
        print(f"  {label:16s}" + "".join(f"{pairs[(label, v)]:9d}" for v in VERDICTS))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("train", "test", "fresh", "real_train", "real_test", "all"),
        default="train",
    )
    parser.add_argument("--lang", choices=("fr", "en"), action="append")
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    parser.add_argument("--real", action="store_true", help="only the real batches (real: groups)")
    args = parser.parse_args()
    for lang in args.lang or ("fr", "en"):
        rows = load(lang, args.split)
        if args.real:
            rows = [r for r in rows if r.get("group", "").startswith("real:")]
        verdicts = [verdict_of(r) for r in rows]
        report(f"[{lang} {args.split}] all", rows, verdicts)
        quoted = [(r, v) for r, v in zip(rows, verdicts, strict=True) if r["origin"] == "quoted"]
        report(
            f"[{lang} {args.split}] quoted only",
            [r for r, _ in quoted],
            [v for _, v in quoted],
        )
        if args.errors:
            for row, verdict in zip(rows, verdicts, strict=True):
                if verdict != row["label"]:
                    text = row["text"].replace("\n", " ")[:160]
                    print(f"    {row['id']} {row['label']}->{verdict} up={row['upward']}: {text}")
        print()


if __name__ == "__main__":
    main()
