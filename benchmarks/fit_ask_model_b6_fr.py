"""Learning the French verdict from batches 3–6 (issue #16): leave-one-batch-out.

Protocol, fixed before any run (2 December 2026, written before the first fold was scored):

- Folds: batches 3, 4, 5, 6 (French). For each, train on every French corpus row (all splits)
  + the three other batches; score the held-out batch in scope (second coach's ``scope == "in"``)
  through ``checker.check`` with the fitted model in place of the shipped one.
- Report per batch and the mean: agreement and recall precise / vague / too big.
- Baselines in the same run: ``main`` (the checker as on main: rules + shipped French model,
  itself fitted on rows that include batches 3–4, so optimistic there) and ``C0`` (the shipped
  configuration refitted per fold: lemmas + rules' reading, no bigrams, L2 0.03, raise-only moves
  precise → too big and vague → too big at p ≥ 0).
- Candidates (declared up front; fixed hyper-parameters, no inner CV for lack of time):
  ``M1`` model alone (lemmas + bigrams + rules' reading, L2 0.01, θ 0);
  ``M1a`` M1 with batch rows where both coaches agree weighted ×2 (others ×1, corpus paraphrases
  ×1/3 of a real row as everywhere);
  ``M1b`` M1 with class-balanced row weights.
- Ship rule: refit on everything only if the best candidate's mean in-scope agreement beats C0
  and main by ≥ 2 points without losing > 5 points of precise or too-big recall, and the tests
  stay green.

Run: ``OMP_NUM_THREADS=1 PYTHONPATH=. .venv/bin/python benchmarks/fit_ask_model_b6_fr.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_asks import batch_rows
from fit_ask_model import ALL_SPLITS, VERDICTS, load, model_file
from fit_ask_model_b5 import _attach, features, fit, run_checker
from fit_ask_model_fr import summary

from toolkit.ask import checker
from toolkit.ask.checker import reading_words

HERE = Path(__file__).resolve().parent
LANG = "fr"
BATCHES = (3, 4, 5, 6)
BASE = {"feature_set": "lemmas+rules"}
CANDIDATES = {
    "C0": {**BASE, "bigrams": False, "l2": 3e-2, "raise": True},
    "M1": {**BASE, "bigrams": True, "l2": 1e-2},
    "M1a": {**BASE, "bigrams": True, "l2": 1e-2, "consensus": 2.0},
    "M1b": {**BASE, "bigrams": True, "l2": 1e-2, "balanced": True},
}


def corpus() -> list[dict]:
    rows = [
        {**r, "batch": 0, "lang": LANG, "words": reading_words(r["text"], LANG)}
        for r in load(LANG, ALL_SPLITS)
    ]
    return rows


def batch(b: int) -> list[dict]:
    asks = [r for r in batch_rows(f"asks_corpus_batch{b}_{LANG}") if r["lang"] == LANG]
    with open(HERE / f"asks_corpus_batch{b}_{LANG}_second.jsonl", encoding="utf-8") as handle:
        second = {d["n"]: d for d in map(json.loads, handle)}
    return [
        _attach(
            {
                **r,
                "origin": "quoted",
                "group": f"b{b}:{r['source']}",
                "batch": b,
                "scope": second[n]["scope"],
                "agree": second[n]["label"] == r["label"],
            },
            LANG,
        )
        for n, r in enumerate(asks)
    ]


def weights(rows: list[dict], cand: dict) -> np.ndarray:
    w = np.array([3.0 if r["origin"] == "quoted" else 1.0 for r in rows])
    if cand.get("consensus"):
        w *= np.array([cand["consensus"] if r.get("agree") else 1.0 for r in rows])
    if cand.get("balanced"):
        labels = [r["label"] for r in rows]
        mass = {v: w[[i for i, x in enumerate(labels) if x == v]].sum() for v in VERDICTS}
        w *= np.array([w.sum() / (len(VERDICTS) * mass[x]) for x in labels])
    return w


def model_json(rows: list[dict], cand: dict) -> dict:
    labels = np.array([VERDICTS.index(r["label"]) for r in rows])
    model = fit(features(rows, cand), labels, weights(rows, cand), cand["l2"])
    if cand.get("raise"):
        how = {"threshold": 0.0, "raise_only": True}
        how["moves"] = {"precise>too_big": 0.0, "vague>too_big": 0.0}
    else:
        how = {"chars": False, "pooled": False, "mode": "theta", "threshold": 0.0}
        how["raise_only"] = False
    return model_file(model, cand, how, drop_zeros=True)


def main() -> None:
    base = corpus()
    batches = {b: batch(b) for b in BATCHES}
    table: dict[str, list[tuple[float, float, float, float]]] = {}
    for held in BATCHES:
        rows = [r for r in batches[held] if r["scope"] == "in"]
        labels = [r["label"] for r in rows]
        train = base + [r for b in BATCHES if b != held for r in batches[b]]
        runs = {
            "main": [
                checker.check(
                    r["text"], LANG, "above" if r.get("upward") else None, r.get("circle")
                ).verdict
                for r in rows
            ]
        }
        for name, cand in CANDIDATES.items():
            runs[name] = run_checker({LANG: model_json(train, cand)}, rows)
        for name, verdicts in runs.items():
            print(summary(f"b{held} {name}", labels, verdicts), flush=True)
            hits = [a == v for a, v in zip(labels, verdicts, strict=True)]
            rec = [
                np.mean([h for h, a in zip(hits, labels, strict=True) if a == c]) for c in VERDICTS
            ]
            table.setdefault(name, []).append((float(np.mean(hits)), *map(float, rec)))
    print("\nmean over batches 3–6 (in scope): agreement, recall P / V / T")
    for name, got in table.items():
        m = np.mean(got, axis=0)
        print(f"{name:5s} {m[0]:.1%}  {m[1]:.1%} / {m[2]:.1%} / {m[3]:.1%}")


if __name__ == "__main__":
    main()
