"""Would sentence embeddings judge asks better than lemmas? (issue #16, 3 December 2026)

The shipped verdict model learns lemma and bigram weights, and agrees 80–97 % with the batches
it was fitted on but 55–60 % with the next one: it learns its sources' words. A sentence
embedding carries meaning across wordings, so it might generalise better. Tried here with
WordLlama (``l2_supercat``, 256 dimensions: LLaMA-3 token embeddings pooled and trained for
similarity; MIT code, weights derived from Llama 3), the only small embedding installable from
PyPI on these machines (Hugging Face is not reachable, so model2vec, sentence-transformers,
fastText cannot fetch theirs).

Protocol, fixed before the run: the folds of round 5 extended to batch 13 (batches 7–13 held out
one at a time; training on the corpus + every other batch 3–13; in scope). Candidates: ``E`` the
embedding alone, ``EF`` + the rules' facts (binary), ``EFR`` + the rules' verdict (one-hot), each a
multinomial logistic regression (Adam, 400 steps, L2 1e-3 or 1e-2), judged alone; against ``C0``
(the shipped configuration of each language refitted per fold, through ``checker.check``) and the
rules alone, in the same run.

Not a dependency of the toolkit: WordLlama with ``tokenizers`` and ``huggingface_hub`` adds about
70 MB (issue #16 allows 30). To rerun, install it aside and run from the repository's root:
``pip install --target /tmp/wlpkg wordllama``; ``ln -s tokenizers /tmp/wlpkg/wordllama/tokenizer``
(0.4.0 looks for its bundled tokenizer under that name); then
``OMP_NUM_THREADS=1 PYTHONPATH=. .venv/bin/python benchmarks/try_ask_embeddings.py``.
Figures of the run: the corpus README, "Sentence embeddings: tried, not shipped".

``--batch 14``: declared after the folds, before batch 14 was scored: ``EF`` at L2 1e-3 (the
best fold mean in both languages), fitted on the corpus + batches 3–13, scores the untouched
batch 14 once, in scope, beside the checker as shipped (``eval_asks_batches.py --batch 14``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.append(os.environ.get("WORDLLAMA_PATH", "/tmp/wlpkg"))

from fit_ask_model import VERDICTS
from fit_ask_model_b5 import batch_with_second, run_checker
from fit_ask_model_lobo import ROUND_5, _scores, corpus, models_json, shipped, weights

from toolkit.ask.checker import reading_facts

HELD = (7, 8, 9, 10, 11, 12, 13)
BATCHES = tuple(range(3, 14))
STEPS, RATE = 400, 0.05


def _with_facts(rows: list[dict], lang: str) -> list[dict]:
    for row in rows:
        if "facts" not in row:
            relation = "above" if row.get("upward") else None
            row["rules"], row["lemmas"], row["facts"] = reading_facts(
                row["text"], lang, relation, row.get("circle")
            )
    return rows


def _dense(model, rows: list[dict], names: list[str]) -> dict[str, np.ndarray]:
    embedded = model.embed([r["text"] for r in rows], norm=True)
    facts = np.array([[float(bool(r["facts"].get(n))) for n in names] for r in rows])
    rules = np.array([[float(r["rules"] == v) for v in VERDICTS] for r in rows])
    return {
        "E": embedded,
        "EF": np.hstack([embedded, facts]),
        "EFR": np.hstack([embedded, facts, rules]),
    }


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression, full-batch Adam on the weighted softmax loss."""
    coef, bias = np.zeros((x.shape[1], len(VERDICTS))), np.zeros(len(VERDICTS))
    moments = [[np.zeros_like(coef), np.zeros_like(coef)], [np.zeros(3), np.zeros(3)]]
    target, w = np.eye(len(VERDICTS))[y], w / w.sum()
    for step in range(1, STEPS + 1):
        z = x @ coef + bias
        p = np.exp(z - z.max(axis=1, keepdims=True))
        g = (p / p.sum(axis=1, keepdims=True) - target) * w[:, None]
        for param, grad, (m, v) in zip(
            (coef, bias), (x.T @ g + l2 * coef, g.sum(axis=0)), moments, strict=True
        ):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return coef, bias


def score_batch(model, batch: int) -> None:
    """``EF`` at L2 1e-3, fitted on the corpus + batches 3–13, on one untouched batch."""
    for lang in ("en", "fr"):
        base = _with_facts(corpus(lang), lang)
        train = base + [r for b in BATCHES for r in batch_with_second(b, lang)]
        test = [r for r in batch_with_second(batch, lang) if r["scope"] == "in"]
        names = sorted({n for r in base for n in r["facts"]})
        y = np.array([VERDICTS.index(r["label"]) for r in train])
        coef, bias = fit(_dense(model, train, names)["EF"], y, weights(train, {}), 1e-3)
        picked = (_dense(model, test, names)["EF"] @ coef + bias).argmax(axis=1)
        labels = [r["label"] for r in test]
        verdicts = [VERDICTS[i] for i in picked]
        m = _scores(labels, verdicts)
        recall = " / ".join(f"{share:.1%}" for share in m[1:])
        print(f"{lang} b{batch} EF@0.001 n={len(test)} {m[0]:.1%}  recall P / V / T {recall}")
        for label in VERDICTS:
            row = [
                sum(1 for a, v in zip(labels, verdicts, strict=True) if a == label and v == w)
                for w in VERDICTS
            ]
            print(f"  {label:8s} -> P/V/T {row}")


def main() -> None:
    from wordllama import WordLlama

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, choices=(14,), help="score EF on this batch")
    model = WordLlama.load()
    if (batch := parser.parse_args().batch) is not None:
        score_batch(model, batch)
        return
    table: dict[tuple[str, str], dict[int, tuple[float, ...]]] = {}
    for lang in ("en", "fr"):
        base = _with_facts(corpus(lang), lang)
        batches = {b: batch_with_second(b, lang) for b in BATCHES}
        names = sorted({n for r in base for n in r["facts"]})
        c0 = shipped(ROUND_5)[lang]
        if lang == "fr":  # round 5's French ship: M3ag with its penalty ×3
            c0 = {**c0, "l2": c0["l2"] * 3}
        for held in HELD:
            train = base + [r for b, rows in batches.items() if b != held for r in rows]
            test = [r for r in batches[held] if r["scope"] == "in"]
            labels = [r["label"] for r in test]
            y = np.array([VERDICTS.index(r["label"]) for r in train])
            learn, judge = _dense(model, train, names), _dense(model, test, names)
            runs = {}
            for name in learn:
                for l2 in (1e-3, 1e-2):
                    coef, bias = fit(learn[name], y, weights(train, {}), l2)
                    picked = (judge[name] @ coef + bias).argmax(axis=1)
                    runs[f"{name}@{l2:g}"] = [VERDICTS[i] for i in picked]
            runs["rules"] = [r["rules"] for r in test]
            runs["C0"] = run_checker(models_json(train, c0, [lang]), test)
            for name, verdicts in runs.items():
                table.setdefault((lang, name), {})[held] = _scores(labels, verdicts)
            figures = {k: f"{v[held][0]:.1%}" for (lg, k), v in table.items() if lg == lang}
            print(lang, f"b{held}", len(test), figures, flush=True)
    print("\nmean over held-out batches (in scope): agreement, recall P / V / T")
    for (lang, name), per_batch in table.items():
        m = np.mean(list(per_batch.values()), axis=0)
        print(f"{lang} {name:10s} {m[0]:.1%}  {m[1]:.1%} / {m[2]:.1%} / {m[3]:.1%}")


if __name__ == "__main__":
    main()
