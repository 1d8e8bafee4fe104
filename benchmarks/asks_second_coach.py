"""The blind second coach's two steps for a batch of real asks (issue #16).

``export``: the batch without its labels, one JSON line per ask ``{n, lang, upward, circle, text}``
in the batch's order: the only file the second coach reads (with the guide).
``agreement``: once ``asks_corpus_batch<N>_<lang>_second.jsonl`` is written, the two coaches'
agreement and Cohen's κ on the asks the second coach reads as in scope, for the corpus README.
Neither step runs the checker.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/asks_second_coach.py export 22 en /tmp/b22.jsonl``,
then ``PYTHONPATH=. .venv/bin/python benchmarks/asks_second_coach.py agreement 22 en``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from eval_asks import HERE, batch_rows

LABELS = ("precise", "vague", "too_big")


def batch_asks(batch: int, lang: str) -> list[dict]:
    """The batch's asks in order, each with its ``label``, ``upward``, ``circle`` and ``text``."""
    return batch_rows(str(HERE / f"asks_corpus_batch{batch}_{lang}.py"))


def blind_rows(batch: int, lang: str) -> list[dict]:
    """What the second coach sees: each ask's text and frame, no label, no note, no source."""
    return [
        {"n": n, "lang": lang, "upward": r["upward"], "circle": r["circle"], "text": r["text"]}
        for n, r in enumerate(batch_asks(batch, lang))
    ]


def cohen_kappa(first: list[str], second: list[str]) -> float:
    """Cohen's κ of two coaches' labels of the same asks."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    first_counts, second_counts = Counter(first), Counter(second)
    expected = sum(first_counts[label] * second_counts[label] for label in LABELS) / n**2
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(batch: int, lang: str) -> dict:
    """Both coaches' agreement and κ in the second coach's scope, with the label counts."""
    items = batch_asks(batch, lang)
    path = HERE / f"asks_corpus_batch{batch}_{lang}_second.jsonl"
    with open(path, encoding="utf-8") as handle:
        second = [json.loads(line) for line in handle if line.strip()]
    if [d["n"] for d in second] != list(range(len(items))):
        raise SystemExit(f"{path.name}: one line per ask, n = 0..{len(items) - 1} in order")
    in_scope = [
        (item["label"], d["label"])
        for item, d in zip(items, second, strict=True)
        if d["scope"] == "in"
    ]
    first_labels = [a for a, _ in in_scope]
    second_labels = [b for _, b in in_scope]
    return {
        "asks": len(items),
        "in_scope": len(in_scope),
        "agreement": sum(a == b for a, b in in_scope) / len(in_scope),
        "kappa": cohen_kappa(first_labels, second_labels),
        "first": Counter(item["label"] for item in items),
        "second_in_scope": Counter(second_labels),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("export", "agreement"))
    parser.add_argument("batch", type=int)
    parser.add_argument("lang", choices=("en", "fr"))
    parser.add_argument("output", nargs="?", help="export: the JSON-lines file to write")
    args = parser.parse_args()
    if args.step == "export":
        if not args.output:
            parser.error("export needs an output file")
        with open(args.output, "w", encoding="utf-8") as handle:
            for row in blind_rows(args.batch, args.lang):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    found = agreement(args.batch, args.lang)
    counts = " / ".join(str(found["first"][label]) for label in LABELS)
    print(
        f"batch {args.batch} {args.lang}: {found['asks']} asks (P/V/T {counts}), "
        f"{found['in_scope']} in scope: agreement {found['agreement']:.1%}, κ {found['kappa']:.2f}"
    )


if __name__ == "__main__":
    main()
