"""An English verdict model fitted on every real row now seen (issue #16, after batch 4).

Protocol, fixed before any run:

- batches 3 and 4 (both seen) are split by a hash of each row's *source*: about 30 % of the
  sources go to ``hold`` (read as aggregate figures only, a few checkpoints), the rest to ``dev``;
- the rows fitted on are every English corpus row plus the ``dev`` rows; the configuration, the
  way model and rules combine and the threshold are chosen by grouped 5-fold cross-validation
  (groups: a paraphrase frame or a source; two fold assignments) on those rows, by the issue's
  three targets averaged (agreement, precise recall, too-big recall) on the held-out ``dev``
  rows, the sources closest to what the checker will meet; ties broken by the quoted rows;
- the model acts only where the rules read no big object (as the checker does), and a combine
  mode says which verdicts it may move: ``raise`` (only to too big, the coaching then quotes what
  the request serves), ``raise+lower`` (also a precise verdict of the rules down to vague) and
  ``alone``; only ``raise`` can be explained by the rules' coaching, so only it is chosen;
- ship the chosen model only if it beats the rules on ``hold`` and does not lose in the folds.
  Result (2 December 2026, final rules): CV dev rows 77.7 -> 78.2 % (too-big recall 78.6 ->
  81.4 %), hold unchanged (62.9 % with and without it): not shipped.

Run: ``OMP_NUM_THREADS=1 PYTHONPATH=. .venv/bin/python benchmarks/fit_ask_model_en.py --grid
rules --grid facts`` (about 10 minutes on one core); ``--chosen --hold`` fits ``CHOSEN`` and
scores it on ``hold`` (aggregate figures only); ``--export`` writes it to
``rules/en_verdict_model.json``, where the checker would read it; ``--rules-only --hold`` prints
the checker's own dev and hold figures.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_asks import batch_rows, verdict_of
from fit_ask_model import (
    ALL_SPLITS,
    VERDICTS,
    fit,
    held_out_probs,
    load,
    predict,
)
from fit_ask_model_b3 import export

from toolkit.ask.checker import reading_facts, verdict_features

HOLD_SHARE = 0.3
THRESHOLDS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8)
MODES = ("alone", "raise", "raise+lower")
# the modes the checker can explain: a verdict raised to too big quotes what the request serves
# (``ask_size.fail_served``); a lowered or a raised-to-precise verdict would contradict the
# rules' coaching, so those modes are printed for comparison but not chosen
SHIPPABLE = ("raise",)
GRIDS = {
    # the rules' reading as features, batch rows weighted up
    "rules": tuple(
        {
            "feature_set": "lemmas+rules",
            "bigrams": bi,
            "l2": l2,
            "quoted_weight": 3.0,
            "batch_weight": bw,
        }
        for bi in (False, True)
        for l2 in (1e-1, 3e-1, 1.0)
        for bw in (3.0, 6.0)
    ),
    # the rules' reading without their verdict, real rows only (no paraphrase frames)
    "facts": tuple(
        {
            "feature_set": "lemmas+rules",
            "facts_only": True,
            "real_only": True,
            "bigrams": bi,
            "l2": l2,
            "quoted_weight": 1.0,
            "batch_weight": bw,
        }
        for bi in (False, True)
        for l2 in (3e-2, 1e-1, 3e-1)
        for bw in (1.0, 3.0)
    ),
    # lemmas alone (the rules' verdict is tuned on the corpus rows: a feature too good there)
    "lemmas": tuple(
        {"feature_set": "lemmas", "bigrams": bi, "l2": l2, "quoted_weight": 3.0, "batch_weight": bw}
        for bi in (False, True)
        for l2 in (1e-2, 3e-2)
        for bw in (6.0, 12.0)
    ),
}


# What the grouped CV of 2 December 2026 chose over ``--grid rules`` and ``--grid facts`` with the
# final rules of that day (mean of the targets on the dev rows 0.790; rules alone 0.779), fixed
# before ``hold`` was scored with it: (configuration, threshold, mode). ``--chosen`` fits it
# without the grid.
CHOSEN = (
    {
        "feature_set": "lemmas+rules",
        "facts_only": True,
        "real_only": True,
        "bigrams": False,
        "l2": 0.03,
        "quoted_weight": 1.0,
        "batch_weight": 1.0,
    },
    0.7,
    "raise",
)


def part_of(source: str) -> str:
    """``dev`` or ``hold``, by a hash of the source (one source's asks stay on one side)."""
    digest = hashlib.sha256(("b34split:" + source).encode("utf-8")).hexdigest()
    return "hold" if int(digest[:8], 16) % 100 < HOLD_SHARE * 100 else "dev"


def batch_parts(lang: str = "en") -> dict[str, list[dict]]:
    """Batches 3 and 4 of one language, by part, each row with the rules' reading attached."""
    out: dict[str, list[dict]] = {"dev": [], "hold": []}
    for b in (3, 4):
        for row in batch_rows(f"asks_corpus_batch{b}_{lang}"):
            if row["lang"] != lang:
                continue
            relation = "above" if row.get("upward") else None
            verdict, lemmas, facts = reading_facts(row["text"], lang, relation, row["circle"])
            out[part_of(row["source"])].append(
                {
                    **row,
                    "rules": verdict,
                    "lemmas": lemmas,
                    "facts": facts,
                    "origin": "quoted",
                    "group": f"b{b}:{row['source']}",
                    "batch": b,
                }
            )
    return out


def feature_sets(rows: list[dict], config: dict) -> list[set[str]]:
    """The model's features; with ``facts_only`` the rules' reading without their verdict (tuned
    on these very rows, the verdict looks better in the folds than on new sources)."""
    use_rules = "rules" in config["feature_set"]
    out = []
    for r in rows:
        facts = r["facts"] if use_rules else {}
        if config.get("facts_only"):
            facts = {k: v for k, v in facts.items() if not k.startswith("verdict_")}
        out.append(
            verdict_features(
                r["lemmas"],
                facts,
                bigrams=config["bigrams"],
                lemmas_on="lemmas" in config["feature_set"],
            )
        )
    return out


def figures(labels: list[str], verdicts: list[str]) -> dict:
    pairs = Counter(zip(labels, verdicts, strict=True))
    out: dict = {"n": len(labels), "agreement": sum(pairs[(v, v)] for v in VERDICTS) / len(labels)}
    for v in VERDICTS:
        total = sum(pairs[(v, u)] for u in VERDICTS)
        out[v] = pairs[(v, v)] / total if total else float("nan")
    out["matrix"] = "; ".join(
        f"{a[0].upper()} " + "/".join(str(pairs[(a, b)]) for b in VERDICTS) for a in VERDICTS
    )
    return out


def target_mean(f: dict) -> float:
    """The issue's three targets, averaged: agreement, precise recall, too-big recall."""
    return (f["agreement"] + f["precise"] + f["too_big"]) / 3


def shown(name: str, f: dict) -> str:
    return (
        f"{name:34s} n={f['n']:4d} agreement {f['agreement']:6.1%}  recall P/V/T "
        f"{f['precise']:5.1%} / {f['vague']:5.1%} / {f['too_big']:5.1%}  ({f['matrix']})"
    )


def combine(row: dict, p: np.ndarray, t: float, mode: str) -> str:
    """The checker's verdict with the model: only where the rules read no big object; the
    model's top verdict when its probability reaches ``t`` and ``mode`` allows that move."""
    rules_verdict = row["rules"]
    if any(on for k, on in row["facts"].items() if k.startswith("big_")):
        return rules_verdict
    top = VERDICTS[int(p.argmax())]
    if p.max() < t or top == rules_verdict:
        return rules_verdict
    if mode == "alone":
        return top
    if top == "too_big":
        return top
    if mode == "raise+lower" and rules_verdict == "precise" and top == "vague":
        return top
    return rules_verdict


def weights_of(rows: list[dict], config: dict) -> np.ndarray:
    """Each row's weight in the fit: batch rows, quoted rows, paraphrases (none ``real_only``)."""
    return np.array(
        [
            0.0
            if config.get("real_only") and r["origin"] != "quoted"
            else config["batch_weight"]
            if r.get("batch")
            else config["quoted_weight"]
            if r["origin"] == "quoted"
            else 1.0
            for r in rows
        ]
    )


def fit_all(rows: list[dict], config: dict):
    labels = np.array([VERDICTS.index(r["label"]) for r in rows])
    return fit(feature_sets(rows, config), labels, weights_of(rows, config), config["l2"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", action="store_true", help="score on hold (aggregate only)")
    parser.add_argument("--export", action="store_true")
    parser.add_argument("--grid", choices=sorted(GRIDS), action="append")
    parser.add_argument("--chosen", action="store_true", help="fit CHOSEN, skip the grid")
    parser.add_argument("--rules-only", action="store_true", help="the checker's figures only")
    args = parser.parse_args()
    parts = batch_parts()
    dev, hold = parts["dev"], parts["hold"]
    print(f"dev {len(dev)} rows ({len({r['group'] for r in dev})} sources), hold {len(hold)}")
    # the checker as shipped (with any model already in rules/), as the lead's run reads it
    for name, part in (("dev", dev), ("hold", hold) if args.hold else ("", [])):
        if part:
            f = figures([r["label"] for r in part], [verdict_of(r) for r in part])
            print(shown(f"checker {name}", f))
    if args.rules_only:
        return
    rows = load("en", ALL_SPLITS) + dev
    print(
        shown(
            "rules, cv rows (tuned on them)",
            figures([r["label"] for r in rows], [r["rules"] for r in rows]),
        )
    )
    best = None
    configs = [] if args.chosen else [c for g in args.grid or ["rules"] for c in GRIDS[g]]
    for config in configs:
        repeats = held_out_probs(
            rows, config, found=feature_sets(rows, config), weight=weights_of(rows, config)
        )
        for mode in MODES:
            for t in THRESHOLDS:
                picked = [
                    (r, combine(r, p, t, mode))
                    for probs in repeats
                    for r, p in zip(rows, probs, strict=True)
                ]
                fb = figures(*_pairs([(r, v) for r, v in picked if r.get("batch")]))
                fq = figures(*_pairs([(r, v) for r, v in picked if r["origin"] == "quoted"]))
                fa = figures(*_pairs(picked))
                key = (round(target_mean(fb), 4), round(fq["agreement"], 4))
                print(
                    f"{config['feature_set']:12s}{'+bi' if config['bigrams'] else '   '} "
                    f"l2={config['l2']} "
                    f"bw={config['batch_weight']} {mode:11s} p>={t}: cv dev {fb['agreement']:.1%}"
                    f" P {fb['precise']:.0%} T {fb['too_big']:.0%} mean {key[0]:.3f} | quoted "
                    f"{fq['agreement']:.1%} | all {fa['agreement']:.1%}",
                    flush=True,
                )
                if mode in SHIPPABLE and (best is None or key > best[0]):
                    best = (key, config, t, mode, fb, fq, fa)
    if best is None:
        config, t, mode = CHOSEN
    else:
        key, config, t, mode, fb, fq, fa = best
        print(f"chosen: {config} threshold {t} mode {mode}")
        print(shown("  cv dev rows", fb))
        print(shown("  cv quoted rows", fq))
        print(shown("  cv all rows", fa))
    rules_dev = figures([r["label"] for r in dev], [r["rules"] for r in dev])
    print(shown("  rules on dev rows", rules_dev))
    model = fit_all(rows, config)
    if args.hold:
        probs = predict(model, feature_sets(hold, config))
        truth = [r["label"] for r in hold]
        print(shown("hold rules", figures(truth, [r["rules"] for r in hold])))
        print(
            shown(
                "hold chosen",
                figures(truth, [combine(r, p, t, mode) for r, p in zip(hold, probs, strict=True)]),
            )
        )
    if args.export and mode in SHIPPABLE:
        print(f"written: {export('en', model, config, t, raise_only=True)}")


def _pairs(pairs: list[tuple[dict, str]]) -> tuple[list[str], list[str]]:
    return [r["label"] for r, _ in pairs], [v for _, v in pairs]


if __name__ == "__main__":
    main()
