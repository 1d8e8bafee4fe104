"""The French verdict model refitted after batch 4 (issue #16): every real row now available,
and which directions it may move a verdict chosen by grouped cross-validation.

Protocol, fixed before any run: rows are every French corpus row plus the ``dev`` part of
batches 3 and 4 (``eval_asks_b34split``: about 70 % of their sources; ``hold`` is never loaded
here). Folds are grouped by source (5 folds, 2 repeats, ``fit_ask_model``). A *move* is the model
replacing the rules' verdict when its top probability reaches a threshold: ``raise`` (precise or
vague → too big), ``lower`` (precise → vague), ``lift`` (vague → precise) and ``unbig`` (too big
→ vague or precise, only where the rules' big object comes from the model's own territory: never
here, kept out). Per configuration and threshold, each move is kept only if it gains at least
1 % of the held-out predictions on the batch rows *and* on the quoted rows as a whole (below
that, noise); the configuration kept is the one
with the best held-out agreement on the batch rows (the newest sources), ties by the quoted rows.

Run: ``OMP_NUM_THREADS=1 PYTHONPATH=. .venv/bin/python benchmarks/fit_ask_model_fr.py
[--export]`` (``--export`` writes ``rules/fr_verdict_model.json``).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_asks_b34split import parts
from fit_ask_model import (
    ALL_SPLITS,
    REPEATS,
    VERDICTS,
    feature_sets,
    fit,
    held_out_probs,
    load,
    model_file,
    predict,
    write_model,
)
from fit_ask_model_b3 import batch as b3_batch

from toolkit.ask.checker import reading_facts

LANG = "fr"
NOISE = 0.01  # a move must win at least this share of held-out predictions to be kept
# the moves whose coaching the checker can write: a raise quotes what the participant asked and
# what it serves (``checker._served``); a lowered or lifted verdict would contradict the rules'
# criteria, so CV may report such a move but the export refuses it
EXPLAINED = {"raise_vague", "raise_precise"}
THRESHOLDS = (0.0, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
MOVES = {
    "raise_vague": {("vague", "too_big")},
    "raise_precise": {("precise", "too_big")},
    "lower": {("precise", "vague")},
    "lift": {("vague", "precise")},
}
CONFIGS = (
    {"feature_set": "lemmas+rules", "bigrams": True, "l2": 3e-2, "quoted_weight": 3.0},
    {"feature_set": "lemmas+rules", "bigrams": False, "l2": 3e-2, "quoted_weight": 3.0},
    {"feature_set": "lemmas+rules", "bigrams": True, "l2": 1e-2, "quoted_weight": 3.0},
    {"feature_set": "lemmas+rules", "bigrams": True, "l2": 3e-3, "quoted_weight": 3.0},
    {"feature_set": "lemmas+rules", "bigrams": True, "l2": 3e-2, "quoted_weight": 6.0},
)


def batch(rows: list[dict]) -> list[dict]:
    """Batch rows with the rules' reading attached (``fit_ask_model_b3.batch``), each grouped by
    its own batch and source."""
    return [{**b, "group": r["group"]} for b, r in zip(b3_batch(rows), rows, strict=True)]


def combine(rules: str, p: np.ndarray, thresholds: dict[str, float]) -> str:
    """The rules' verdict, replaced by the model's when that move is allowed and the model's top
    probability reaches the move's threshold."""
    top = VERDICTS[int(p.argmax())]
    for move, t in thresholds.items():
        if (rules, top) in MOVES[move] and p.max() >= t:
            return top
    return rules


def gain(rows, repeats, t: float, move: str, pick) -> int:
    """Held-out asks won minus lost by one move, over the repeats, on the rows ``pick`` keeps."""
    won = 0
    for probs in repeats:
        for r, p in zip(rows, probs, strict=True):
            if not pick(r):
                continue
            v = combine(r["rules"], p, {move: t})
            if v != r["rules"]:
                won += (v == r["label"]) - (r["rules"] == r["label"])
    return won


def guards() -> list[dict]:
    """Hand-labelled asks the shipped checker must keep (``tests/data/labelled_asks.toml``, the
    regression floor, and the article's ask with someone above, with and without an offer and
    a reference to their work; a quote asked by the asker): none of them may be raised."""
    path = Path(__file__).resolve().parent.parent / "tests" / "data" / "labelled_asks.toml"
    rows = [a for a in tomllib.loads(path.read_text())["ask"] if a["lang"] == LANG]
    perfume = next(a["text"] for a in rows if "parfums pour femmes" in a["text"])
    rows += [
        {"text": perfume, "label": "vague", "relation": "above"},
        {
            "text": "J'ai lu votre article sur le luxe. "
            + perfume
            + " En échange, je peux vous envoyer mon étude.",
            "label": "precise",
            "relation": "above",
        },
        {
            "text": "Pourriez-vous m'envoyer un devis pour refaire la toiture d'une maison "
            "à Nantes ?",
            "label": "vague",
            "circle": 5,
        },
    ]
    out = []
    for row in rows:
        verdict, lemmas, facts = reading_facts(
            row["text"], LANG, row.get("relation"), row.get("circle")
        )
        out.append({**row, "rules": verdict, "lemmas": lemmas, "facts": facts})
    return out


def guard_floors(model, config: dict) -> dict[str, float]:
    """Per raise, a threshold just above the probability the fitted model gives a guard ask it
    would wrongly raise."""
    rows = [g for g in guards() if g["label"] != "too_big" and g["rules"] != "too_big"]
    floors: dict[str, float] = {}
    for row, p in zip(rows, predict(model, feature_sets(rows, config)), strict=True):
        if VERDICTS[int(p.argmax())] == "too_big":
            move = f"raise_{row['rules']}"
            floors[move] = max(floors.get(move, 0.0), round(float(p.max()) + 0.005, 3))
    return floors


def summary(name: str, labels: list[str], verdicts: list[str]) -> str:
    pairs = Counter(zip(labels, verdicts, strict=True))
    n = len(labels)
    agree = sum(pairs[(v, v)] for v in VERDICTS) / n
    rec = [pairs[(v, v)] / max(1, sum(pairs[(v, u)] for u in VERDICTS)) for v in VERDICTS]
    matrix = "; ".join(
        f"{v[0].upper()} " + "/".join(str(pairs[(v, u)]) for u in VERDICTS) for v in VERDICTS
    )
    return (
        f"{name:34s} n={n} agreement {agree:.1%} recall P/V/T "
        f"{rec[0]:.1%} / {rec[1]:.1%} / {rec[2]:.1%}  confusion {matrix}"
    )


def export(model, config: dict, thresholds: dict[str, float]) -> Path:
    """Write the model where the checker reads it, with one threshold per verdict move."""
    how = {
        "threshold": min(thresholds.values(), default=1.0),
        "raise_only": True,
        "moves": {f"{a}>{b}": t for m, t in sorted(thresholds.items()) for a, b in MOVES[m]},
    }
    return write_model(LANG, model_file(model, config, how))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", action="store_true")
    parser.add_argument("--config", type=int, help="only this configuration (index in CONFIGS)")
    parser.add_argument(
        "--floor",
        action="append",
        default=[],
        help="MOVE=T: no threshold below T for this move (hand-labelled asks' tests)",
    )
    args = parser.parse_args()
    given = {m: float(t) for m, t in (f.split("=") for f in args.floor)}
    dev = batch([r for r in parts()["dev"] if r["lang"] == LANG])
    rows = load(LANG, ALL_SPLITS) + dev
    is_batch = lambda r: "batch" in r  # noqa: E731
    is_quoted = lambda r: r["origin"] == "quoted"  # noqa: E731
    print(f"{len(rows)} rows ({len(dev)} batch dev), {len({r['group'] for r in rows})} groups")
    for name, pick in (("batch dev", is_batch), ("quoted", is_quoted), ("all", lambda r: True)):
        part = [r for r in rows if pick(r)]
        print(summary(f"rules, {name}", [r["label"] for r in part], [r["rules"] for r in part]))
    n_b = REPEATS * sum(map(is_batch, rows))
    n_q = REPEATS * sum(map(is_quoted, rows))
    best = None
    configs = [CONFIGS[args.config]] if args.config is not None else CONFIGS
    for config in configs:
        repeats = held_out_probs(rows, config)
        found_rows = feature_sets(rows, config)
        labels = np.array([VERDICTS.index(r["label"]) for r in rows])
        weight = np.array(
            [config["quoted_weight"] if r["origin"] == "quoted" else 1.0 for r in rows]
        )
        model = fit(found_rows, labels, weight, config["l2"])
        floors = {**guard_floors(model, config)}
        for move, t in given.items():
            floors[move] = max(t, floors.get(move, 0.0))
        print(f"  {config} floors (guards and command line): {floors}")
        chosen: dict[str, float] = {}
        for move in MOVES:
            # each move at its own threshold: the one winning most batch asks, among those that
            # win beyond noise (1 % of held-out predictions) on the batch rows and on the quoted
            # rows; a floor given on the command line (tests of hand-labelled asks) is honoured
            found = []
            floor = floors.get(move, 0.0)
            for t in sorted({floor, *THRESHOLDS}):
                if t < floor:
                    continue
                g_b = gain(rows, repeats, t, move, is_batch)
                g_q = gain(rows, repeats, t, move, is_quoted)
                print(f"  {config} {move:13s} t={t}: batch {g_b:+d}  quoted {g_q:+d}")
                if g_b >= NOISE * n_b and g_q >= NOISE * n_q:
                    found.append(((g_b, g_q), t))
            if found:
                chosen[move] = max(found)[1]
        picked = [
            (r, combine(r["rules"], p, chosen))
            for probs in repeats
            for r, p in zip(rows, probs, strict=True)
        ]
        for name, pick in (("batch dev", is_batch), ("quoted", is_quoted), ("all", lambda r: 1)):
            part = [(r, v) for r, v in picked if pick(r)]
            print(
                "    "
                + summary(
                    f"cv {name} {chosen}", [r["label"] for r, _ in part], [v for _, v in part]
                )
            )
        key = tuple(
            np.mean([r["label"] == v for r, v in picked if pick(r)])
            for pick in (is_batch, is_quoted)
        )
        if best is None or key > best[0]:
            best = (key, config, chosen, model)
    key, config, kept, model = best
    print(f"chosen: {config} moves={kept}  cv batch {key[0]:.1%} quoted {key[1]:.1%}")
    if args.export and not set(kept) <= EXPLAINED:
        raise SystemExit(f"not exported: the checker cannot explain {set(kept) - EXPLAINED}")
    if args.export:
        print(f"written: {export(model, config, kept)}")


if __name__ == "__main__":
    main()
