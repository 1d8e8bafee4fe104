"""Does the verdict model gain from more real batches? A learning curve (issue #16).

Rounds 8b–14 refitted the verdict model on ever more real batches. This script measures what
that buys: the shipped configuration with the tests' guards as rows (round 14's ``G``) is fitted
on the corpus + the first *k* real batches (3, 4, …), and scored in scope on a fixed set of
later batches it never learns (19–21, seen by earlier rounds, never trained on here), beside
the rules alone (no model) and the shipped model. If agreement climbs with *k*, collecting more
batches is the way to the targets; if it is flat, the model's features are the limit, not the
data.

Run: ``OMP_NUM_THREADS=1 PYTHONPATH=. .venv/bin/python benchmarks/ask_learning_curve.py --lang en``
(about a minute per point; ``--steps 0 4 8 12 16``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_ask_model_lobo as lobo
from fit_ask_calibrated import batches, round_9
from fit_ask_model_b5 import batch_with_second, run_checker
from fit_ask_model_fr import summary

from toolkit.ask import checker

SCORED = (19, 20, 21)
FIRST = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "fr"), required=True)
    parser.add_argument("--steps", type=int, nargs="+", default=[0, 4, 8, 12, 16])
    args = parser.parse_args()
    lang = args.lang
    scored = [r for b in batches(lang, SCORED) for r in batch_with_second(b, lang)]
    scored = [r for r in scored if r["scope"] == "in"]
    labels = [r["label"] for r in scored]
    print(
        f"scored: {lang} batches {'+'.join(map(str, batches(lang, SCORED)))}, "
        f"{len(labels)} in scope"
    )
    print(summary(f"{lang} rules alone", labels, run_checker({lang: None}, scored)), flush=True)
    shipped = {lang: checker._verdict_model(lang)}
    print(summary(f"{lang} shipped model", labels, run_checker(shipped, scored)), flush=True)
    cand = round_9(lang)["G"]
    for k in args.steps:
        learnt = batches(lang, tuple(range(FIRST, FIRST + k)))
        real = [r for b in learnt for r in batch_with_second(b, lang)]
        models = lobo.models_json(lobo.corpus(lang) + real, cand, [lang])
        name = f"{lang} G, corpus + {len(learnt)} batches ({len(real)} real asks)"
        print(summary(name, labels, run_checker(models, scored)), flush=True)


if __name__ == "__main__":
    main()
