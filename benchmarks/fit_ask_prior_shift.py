"""How much more often real asks are too big than the rows the verdict model learned (#16).

On the untouched batches 10–15 the checker's commonest miss, in every batch, is a too-big ask
read as vague (English batch 15: 29 of 54). The rows the model is fitted on (the corpus, its
paraphrases counted ×1 and real asks ×3, and the batches) hold fewer too-big asks than what
people write to strangers, so the model's prior for too big is low: a prior-shift correction
(one number per language added to the too-big score) is the textbook remedy, and leaves every
weight as fitted.

Protocol, fixed before the run (3 December 2026, evening, after batch 15 was scored and before
batch 16 was collected): shifts ``SHIFTS``; the batches each shipped model never saw
(``UNSEEN``: en 12–15, fr 13–15), in scope. Leave one batch out: for each, the shift with the
best mean agreement on the other unseen batches is chosen, and scored on it; the mean of those
held-out figures is compared with no shift. The shift shipped is the best mean over all unseen
batches (ties to the smaller), written as ``prior_shift`` into the model file (``--write``), if
the held-out mean beats no shift by ≥ 2 points without losing more than 10 points of precise
recall; batch 16 scores it once (``eval_asks_batches.py --batch 16``).

Outcome (the corpus README, "A higher prior for too big: tried, not shipped"): +4.6 points in
English and +5.6 in French held out, but precise recall falls by 14 points in both: not shipped.
``--keep-precise`` (explored after that run, on the same batches, so it tests nothing): the
shift decides between vague and too big only.

Round 7, declared after that exploration and before batch 16 was scored (3 December 2026,
20:15): the shift decides between vague and too big only (a precise verdict stays), ``--round
7``. The shift chosen is the one with the best mean agreement over the unseen batches among
those whose mean vague recall stays within 10 points of no shift (a vague first draft is what
most participants write: calling it too big misleads); ties to the smaller. Leave one batch out
with the same rule; it ships if the held-out mean beats no shift by ≥ 2 points without losing
more than 10 points of precise or vague recall held out, and the tests stay green; batch 16
(English only) scores it once.

Outcome: English passed the fold rule (shift 1.0), French did not (vague recall −12.6 points).
Built into the checker, the English shift scored batch 16 once at 57.5 % against 51.7 %, but it
read seven of the tests' hand-labelled asks as too big ("Your slides were great. Thanks a
lot!", "Help me understand product management."): not shipped. The checker code was removed
again; the composition here (``kept``) gives the same verdicts as it did, shift for shift.

Run: ``OMP_NUM_THREADS=1 PYTHONPATH=. .venv/bin/python benchmarks/fit_ask_prior_shift.py``
(``--keep-precise`` for the exploration, ``--round 7`` for round 7).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_ask_model_b5 import batch_with_second, run_checker
from fit_ask_model_lobo import _scores

from toolkit.ask import checker
from toolkit.ask.checker import RULES_DIR

SHIFTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
UNSEEN = {"en": (12, 13, 14, 15), "fr": (13, 14, 15)}  # main: en fitted on 3–11, fr on 3–12
VAGUE_BOUND = 0.10  # round 7: the most vague recall a shift may cost (mean of unseen batches)
Table = dict[float, dict[int, tuple[float, ...]]]


def figures(lang: str, mode: str) -> Table:
    """Per shift and unseen batch: agreement and recall P / V / T, in scope. ``mode``: "bias"
    (the shift added to the too-big bias) or "kept" (the same, a precise verdict without it
    kept)."""
    shipped = checker._verdict_model(lang)
    too_big = shipped["verdicts"].index("too_big")
    batches = {
        b: [r for r in batch_with_second(b, lang) if r["scope"] == "in"] for b in UNSEEN[lang]
    }
    unshifted = {b: run_checker({lang: shipped}, rows) for b, rows in batches.items()}
    out: Table = {}
    for shift in SHIFTS:
        model = copy.deepcopy(shipped)
        model["bias"][too_big] += shift
        for b, rows in batches.items():
            verdicts = run_checker({lang: model}, rows)
            if mode == "kept":
                pairs = zip(unshifted[b], verdicts, strict=True)
                verdicts = [old if old == "precise" else new for old, new in pairs]
            out.setdefault(shift, {})[b] = _scores([r["label"] for r in rows], verdicts)
    return out


def best(table: Table, batches: list[int], bounded: bool = False) -> float:
    """The shift with the best mean agreement on ``batches`` (ties to the smaller shift); with
    ``bounded``, among those whose mean vague recall stays within ``VAGUE_BOUND`` of none."""

    def mean(shift: float, k: int) -> float:
        return float(np.mean([table[shift][b][k] for b in batches]))

    allowed = [s for s in SHIFTS if not bounded or mean(0.0, 2) - mean(s, 2) <= VAGUE_BOUND]
    return max(allowed, key=lambda s: (mean(s, 0), -s))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="ship the chosen shifts")
    parser.add_argument("--keep-precise", action="store_true", help="explored after the run")
    parser.add_argument("--round", type=int, choices=(7,), help="round 7: kept, vague bounded")
    args = parser.parse_args()
    mode = "kept" if args.round or args.keep_precise else "bias"
    bounded = bool(args.round)
    for lang in ("en", "fr"):
        table = figures(lang, mode)
        for shift, per_batch in table.items():
            cells = " ".join(f"b{b} {v[0]:.1%}" for b, v in per_batch.items())
            m = np.mean(list(per_batch.values()), axis=0)
            print(f"{lang} shift {shift:4.2f}: {cells}  mean {m[0]:.1%}  (P/V/T {m[1]:.0%} / "
                  f"{m[2]:.0%} / {m[3]:.0%})")  # fmt: skip
        held = []
        for b in UNSEEN[lang]:
            chosen = best(table, [o for o in UNSEEN[lang] if o != b], bounded)
            held.append((b, chosen, table[chosen][b], table[0.0][b]))
            print(f"{lang} held b{b}: shift {chosen} chosen on the others -> "
                  f"{table[chosen][b][0]:.1%} (no shift {table[0.0][b][0]:.1%})")  # fmt: skip
        with_shift = np.mean([h[2] for h in held], axis=0)
        without = np.mean([h[3] for h in held], axis=0)
        print(f"{lang} leave-one-batch-out: {with_shift[0]:.1%} against {without[0]:.1%} without;"
              f" recall P/V/T {with_shift[1]:.1%} / {with_shift[2]:.1%} / {with_shift[3]:.1%}"
              f" against {without[1]:.1%} / {without[2]:.1%} / {without[3]:.1%}")  # fmt: skip
        chosen = best(table, list(UNSEEN[lang]), bounded)
        ships = with_shift[0] - without[0] >= 0.02 and without[1] - with_shift[1] <= 0.10
        if bounded:
            ships = ships and without[2] - with_shift[2] <= 0.10
        verdict = "explored" if args.keep_precise else f"passes the fold rule: {ships}"
        print(f"{lang} shift over all unseen batches: {chosen}; {verdict}\n")
        if args.write and mode == "bias" and ships and chosen:  # joins the fitted bias
            path = RULES_DIR / f"{lang}_verdict_model.json"
            model = json.loads(path.read_text(encoding="utf-8"))
            model["fitted_bias"] = list(model["bias"])
            model["bias"][model["verdicts"].index("too_big")] += chosen
            path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
