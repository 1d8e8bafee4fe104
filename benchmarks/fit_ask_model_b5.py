"""A learned verdict against the rules, judged on batch 5 (issue #16).

Rules over lemmas lift the sources they were read on by 15–20 points and unseen ones by 1–5;
batch 5 (330 real asks from 274 new sources) is the first fair place to compare a learned verdict
with them: grouped CV on the corpus favours the rules, whose lists were written from those rows.

Protocol, fixed before any look (2 December 2026):

- Training rows, per language: every corpus row (all splits) + every row of batches 3 and 4.
  Folds grouped by source (5 folds × 2 repeats, ``fit_ask_model.fold_of``); the CV picks L2 and
  θ by held-out agreement on the batch 3–4 rows (the newest sources), ties by all rows.
- Validation: batch 5, **aggregate figures only** (agreement, recall per class, confusion), in
  scope (the second coach's mark) and all rows, per language; at most 8 looks, each for a
  candidate of ``CANDIDATES`` committed before its look (``--look NAME``; every look is appended
  to ``fit_ask_model_b5_looks.txt``, and the script refuses a ninth).
- Choice per language: the best batch-5 in-scope agreement, without losing too-big or precise
  recall badly (more than 10 points against the rules); if nothing beats the rules, nothing ships.
- Shipped (``--export NAME``): the chosen candidate refitted on the training rows + batch 5,
  written as ``rules/<lang>_verdict_model.json`` (the checker reads it with plain Python).

Run: ``OMP_NUM_THREADS=1 PYTHONPATH=. .venv/bin/python benchmarks/fit_ask_model_b5.py --look M2``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_asks import batch_rows
from fit_ask_model import (
    ALL_SPLITS,
    FOLDS,
    REPEATS,
    VERDICTS,
    fold_of,
    load,
    model_file,
    write_model,
)
from fit_ask_model_fr import summary  # one table line format for every refit script

from toolkit.ask import checker
from toolkit.ask.checker import reading_facts, reading_words, verdict_features, word_clusters
from toolkit.ask.exercise import CLASSIFY, REWRITES
from toolkit.i18n import t

HERE = Path(__file__).resolve().parent
LOOKS = HERE / "fit_ask_model_b5_looks.txt"
MAX_LOOKS = 8
STEPS, RATE, MIN_COUNT = 300, 0.05, 2
L2S = (1e-2, 3e-2, 1e-1)
THETAS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
QUOTED_WEIGHT = 3.0  # real rows (quoted corpus rows, every batch row) count three paraphrases

# Candidates, declared before any look. ``thetas`` the CV may choose from (0: the model alone);
# ``chars`` adds character 3–5-grams; ``pooled`` fits one model on both languages + ``l:lang``.
LEMMAS = {"feature_set": "lemmas+rules", "bigrams": True}
CANDIDATES = {
    "R": {"about": "rules alone (no model in either language)", "rules": True},
    "M1": {"about": "model alone: lemmas + bigrams + rules' reading", **LEMMAS, "thetas": (0.0,)},
    "M2": {"about": "model at p ≥ θ else the rules (θ by CV)", **LEMMAS, "thetas": THETAS},
    "M3": {"about": "M2 + character 3–5-grams", **LEMMAS, "thetas": THETAS, "chars": True},
    "M4": {"about": "M2 pooled over both languages", **LEMMAS, "thetas": THETAS, "pooled": True},
    # declared after looks 1–6, before its own: M1 with a floor per verdict move, just above the
    # probability the fitted model gives a hand-labelled ask it would wrongly move (the tests'
    # regression floor: labelled_asks.toml, the article's asks, the ties of test_asks)
    "M1g": {
        "about": "M1 with per-move floors from the hand-labelled asks",
        **LEMMAS,
        "thetas": (0.0,),
        "guarded": True,
    },
    # declared after look 6 (M5 won English by one ask over M1), before its own look, the last
    "M5g": {
        "about": "M5 with per-move floors from the hand-labelled asks",
        **LEMMAS,
        "thetas": THETAS,
        "chars": True,
        "pooled": True,
        "guarded": True,
    },
    "M5": {
        "about": "M3 pooled over both languages",
        **LEMMAS,
        "thetas": THETAS,
        "chars": True,
        "pooled": True,
    },
}


def _attach(row: dict, lang: str) -> dict:
    relation = "above" if row.get("upward") else None
    verdict, lemmas, facts = reading_facts(row["text"], lang, relation, row.get("circle"))
    words = reading_words(row["text"], lang)
    return {**row, "lang": lang, "rules": verdict, "lemmas": lemmas, "facts": facts, "words": words}


def training(lang: str) -> list[dict]:
    """Every corpus row + every batch 3 and 4 row of one language, with the rules' reading."""
    rows = [
        {**r, "batch": 0, "words": reading_words(r["text"], lang)} for r in load(lang, ALL_SPLITS)
    ]
    for r in rows:
        r["lang"] = lang
    for b in (3, 4):
        for row in batch_rows(f"asks_corpus_batch{b}_{lang}"):
            if row["lang"] == lang:
                rows.append(
                    _attach(
                        {**row, "origin": "quoted", "group": f"b{b}:{row['source']}", "batch": b},
                        lang,
                    )
                )
    return rows


def batch_with_second(b: int, lang: str) -> list[dict]:
    """Batch ``b`` of one language with the second coach's scope mark and whether both coaches
    gave the same label (never printed)."""
    asks = [r for r in batch_rows(f"asks_corpus_batch{b}_{lang}") if r["lang"] == lang]
    with open(HERE / f"asks_corpus_batch{b}_{lang}_second.jsonl", encoding="utf-8") as handle:
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
            lang,
        )
        for n, r in enumerate(asks)
    ]


def features(rows: list[dict], cand: dict) -> list[set[str]]:
    return [
        verdict_features(
            r["lemmas"],
            r["facts"],
            bigrams=cand["bigrams"],
            words=r["words"] if cand.get("chars") else None,
            lang=r["lang"] if cand.get("pooled") else None,
            clusters=word_clusters(r["lang"]) if cand.get("clusters") else None,
            surface=r["words"],
        )
        for r in rows
    ]


def fit(found: list[set[str]], labels: np.ndarray, weight: np.ndarray, l2: float):
    """Vocabulary, weights and bias of an L2 softmax regression (Adam, as ``fit_ask_model``),
    over sparse binary features: character n-grams make a dense matrix too big."""
    counts = Counter(f for names in found for f in names)
    vocabulary = {
        f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))
    }
    r, c = _coords(found, vocabulary)
    n, d = len(found), len(vocabulary)
    y = np.eye(len(VERDICTS))[labels]
    w = np.zeros((d, len(VERDICTS)))
    b = np.zeros(len(VERDICTS))
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    sample = weight / weight.sum()
    for step in range(1, STEPS + 1):
        z = _scores(r, c, n, w) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sample[:, None]
        gw = np.stack([np.bincount(c, g[r, k], minlength=d) for k in range(len(VERDICTS))], 1)
        for i, (param, grad) in enumerate(((w, gw + l2 * w), (b, g.sum(axis=0)))):
            m[i] = 0.9 * m[i] + 0.1 * grad
            v[i] = 0.999 * v[i] + 0.001 * grad**2
            param -= RATE * (m[i] / (1 - 0.9**step)) / (np.sqrt(v[i] / (1 - 0.999**step)) + 1e-8)
    return vocabulary, w, b


def _coords(found: list[set[str]], vocabulary: dict[str, int]):
    r, c = [], []
    for i, names in enumerate(found):
        js = [vocabulary[f] for f in names if f in vocabulary]
        r += [i] * len(js)
        c += js
    return np.array(r, dtype=np.int64), np.array(c, dtype=np.int64)


def _scores(r, c, n, w) -> np.ndarray:
    return np.stack([np.bincount(r, w[c, k], minlength=n) for k in range(w.shape[1])], 1)


def predict(model, found: list[set[str]]) -> np.ndarray:
    vocabulary, w, b = model
    r, c = _coords(found, vocabulary)
    z = _scores(r, c, len(found), w) + b
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def weights_of(rows: list[dict]) -> np.ndarray:
    return np.array([QUOTED_WEIGHT if r["origin"] == "quoted" else 1.0 for r in rows])


def combine(row: dict, p: np.ndarray, theta: float) -> str:
    """As the checker does: the model's verdict at p ≥ θ, else the rules'; a big object the
    rules allowed for a close tie stays allowed."""
    if row["facts"].get("big_close"):
        return row["rules"]
    top = int(p.argmax())
    return VERDICTS[top] if p[top] >= theta else row["rules"]


def choose(rows: list[dict], cand: dict) -> tuple[float, float, str]:
    """L2 and θ by grouped CV: held-out agreement on the batch 3–4 rows (per language mean when
    pooled), ties by all rows."""
    found = features(rows, cand)
    labels = np.array([VERDICTS.index(r["label"]) for r in rows])
    weight = weights_of(rows)
    best, lines = None, []
    for l2 in L2S:
        probs = []
        for repeat in range(REPEATS):
            folds = np.array([fold_of(r["group"], repeat) for r in rows])
            out = np.zeros((len(rows), len(VERDICTS)))
            for k in range(FOLDS):
                learn = np.flatnonzero(folds != k)
                held = np.flatnonzero(folds == k)
                model = fit([found[i] for i in learn], labels[learn], weight[learn], l2)
                out[held] = predict(model, [found[i] for i in held])
            probs.append(out)
        for theta in cand["thetas"]:
            key = []
            for pick in (lambda r: r["batch"] in (3, 4), lambda r: True):
                per_lang = []
                for lang in sorted({r["lang"] for r in rows}):
                    hits = n = 0
                    for out in probs:
                        for r, p in zip(rows, out, strict=True):
                            if r["lang"] == lang and pick(r):
                                n += 1
                                hits += combine(r, p, theta) == r["label"]
                    per_lang.append(hits / n)
                key.append(float(np.mean(per_lang)))
            lines.append(
                f"  cv l2 {l2:g} θ {theta:.2f}: batch 3–4 rows {key[0]:.1%}, all {key[1]:.1%}"
            )
            if best is None or tuple(key) > best[0]:
                best = (tuple(key), l2, theta)
    return best[1], best[2], "\n".join(lines)


def model_json(model, cand: dict, theta: float) -> dict:
    how = {
        "chars": bool(cand.get("chars")),
        "pooled": bool(cand.get("pooled")),
        "mode": "theta",
        "threshold": theta,
        "raise_only": False,
    }
    return model_file(model, cand, how, drop_zeros=True)


ARTICLE_VAGUE = "Si vous entendez parler d'un poste de commercial quelque part, pensez à moi."
ARTICLE_PERFUME = (
    "Si vous connaissez quelqu'un qui pourrait m'aiguiller ou me conseiller dans mes recherches "
    "d'un poste de commercial dans le domaine des produits de luxe, en particulier les parfums "
    "pour femmes où j'ai une expérience approfondie."
)


def guards() -> list[tuple[str, str, str | None, int | None, set[str] | None]]:
    """(text, lang, relation, circle, verdicts allowed; None: the rules' or too big) the shipped
    checker must keep: ``tests/data/labelled_asks.toml`` at every tie the tests try, the
    article's asks, long meetings and referrals by tie, a quote asked by the asker."""
    path = HERE.parent / "tests" / "data" / "labelled_asks.toml"
    out = []
    for ask in tomllib.loads(path.read_text())["ask"]:
        out.append((ask["text"], ask["lang"], None, None, {ask["label"]}))
        for relation in (None, "above"):
            for circle in (None, 2, 5):
                out.append((ask["text"], ask["lang"], relation, circle, None))
    better = "J'ai lu votre article sur le luxe. " + ARTICLE_PERFUME
    bd = (
        "Je cherche quelqu'un dans le secteur du livre, en particulier la BD : une heure ensemble ?"
    )
    lunch = "Would you have lunch with me to talk about cold-chain logistics in Rotterdam?"
    out += [
        (ARTICLE_VAGUE, "fr", None, None, {"vague"}),
        (ARTICLE_PERFUME, "fr", None, None, {"precise"}),
        (ARTICLE_PERFUME, "fr", "above", None, {"vague"}),
        (better + " En échange, je peux vous envoyer mon étude.", "fr", "above", None, {"precise"}),
        (bd, "fr", None, 2, {"precise"}),
        (bd, "fr", None, 5, {"too_big"}),
        (lunch, "en", None, 3, {"precise"}),
        (lunch, "en", None, 5, {"too_big"}),
        (
            "Pourriez-vous m'envoyer un devis pour refaire la toiture d'une maison à Nantes ?",
            "fr",
            None,
            5,
            {"vague"},
        ),
    ]
    # Asks the tests pin at a weak tie that a refit on batches 3–8 moved (topic words that only
    # look big; a LinkedIn recommendation is not a job referral).
    out += [
        (
            "Une rencontre avec vous, un contrat signé par mon ancien patron : voilà mon parcours.",
            "fr",
            None,
            5,
            {"vague"},
        ),
        (
            "Could you write me a LinkedIn recommendation about the billing migration at Orbis?",
            "en",
            None,
            5,
            {"precise", "vague"},
        ),
    ]
    # ...and two a refit on batches 3–9 moved (a narrowed subject, a topic that only looks big:
    # issue #16's « financement de projets solaires »), at a weak tie.
    out += [
        (
            "I'd love to hear more about your move from Nestlé to Danone. Do you have 30 minutes "
            "in a couple of weeks?",
            "en",
            None,
            5,
            {"precise"},
        ),
        (
            "Pourrais-tu me parler 15 minutes du financement de projets solaires en Bretagne ?",
            "fr",
            None,
            5,
            {"precise"},
        ),
    ]
    # Round 10 (4 December): the real asks the tests pin one by one (their lists, read where
    # the tests keep them), and the asks of two tests a refit on batches 3–17 moved: a purchase
    # asked of the reader against the coffee the asker buys, and a customer field as a topic
    # against becoming a customer, at a weak tie as the tests ask them.
    out += _pinned_real_asks()
    leeds = "Could you buy our scheduling software for the Leeds clinics?"
    coffee = "Could I buy you a coffee and ask about rota swaps at Leeds clinics?"
    topic = "Could I ask you two questions about the ideal customer profile for cold email tools?"
    feedback = "Could you give me feedback on my YC essay? I will read your application in return."
    out += [
        (leeds, "en", None, 5, {"too_big"}),
        (coffee, "en", None, 5, {"precise", "vague"}),
        (topic, "en", None, 5, {"precise"}),
        ("Could you become a customer of our cold email tool?", "en", None, None, {"too_big"}),
        (feedback, "en", None, 5, {"precise", "vague"}),
        ("Could you pass my application to the YC partners?", "en", None, None, {"too_big"}),
    ]
    # Exercise 02's asks (the vague originals, their model rewrites, the asks to classify): the
    # feedback participants read must agree with the checker (tests/test_ask_exercise.py).
    for lang in ("fr", "en"):
        for key in REWRITES:
            out.append((t(f"exercise.asks.rewrite.{key}.vague", lang), lang, None, None, {"vague"}))
            out.append(
                (t(f"exercise.asks.rewrite.{key}.model", lang), lang, None, None, {"precise"})
            )
        for key, verdict in CLASSIFY.items():
            out.append((t(f"exercise.asks.classify.{key}.text", lang), lang, None, None, {verdict}))
    return out


def _pinned_real_asks() -> list[tuple[str, str, str | None, int | None, set[str]]]:
    """The asks ``tests/test_ask_meaning.py`` and ``tests/test_asks.py`` pin in their lists, each
    with its verdict, as guards (imported from the tests: one list, read by both)."""
    if str(HERE.parent) not in sys.path:  # the repository root, where ``tests`` is a package
        sys.path.insert(0, str(HERE.parent))
    from tests.test_ask_meaning import (
        EN_BIG_OR_LOOKALIKE,
        FR_SALE_PROPOSED_OR_TOPIC,
        FROM_WHAT_IS_ASKED,
        KESTREL_QUOTE_CHASED,
        PURPOSE_FIRST,
        REAL_ASKS,
        REAL_FR_TRAIN,
    )
    from tests.test_asks import PERFUME_001

    out = [
        (text, "en", "above" if upward else None, circle, {verdict})
        for text, upward, circle, verdict, _source in REAL_ASKS
    ]
    out += [(text, "fr", None, circle, {verdict}) for text, circle, verdict in REAL_FR_TRAIN]
    out.append((PERFUME_001 + " Pourriez-vous m'embaucher ?", "fr", None, None, {"too_big"}))
    # Round 14: the tests' other lists of verdicts, named so that the refits read them too.
    for text, lang, circle, verdict in FROM_WHAT_IS_ASKED + PURPOSE_FIRST:
        out.append((text, lang, None, circle, {verdict}))
    for big, lookalike in EN_BIG_OR_LOOKALIKE:
        out.append((big, "en", None, 5, {"too_big"}))
        out.append((lookalike, "en", None, 5, {"precise", "vague"}))
    out.append((KESTREL_QUOTE_CHASED, "fr", None, None, {"too_big"}))
    # Round 15: a sale proposed is too big; the same words as the reader's topic are not.
    proposed, theirs = FR_SALE_PROPOSED_OR_TOPIC
    out.append((proposed, "fr", None, None, {"too_big"}))
    out.append((theirs, "fr", None, None, {"precise", "vague"}))
    # exercise 02's half-way rewrite (tests/test_ask_exercise.py): a kind of person, nothing asked
    out.append(("Je cherche quelqu'un qui connaît la logistique.", "fr", None, None, {"vague"}))
    return out


def floors(model, cand: dict, langs: list[str]) -> dict[str, float]:
    """Per verdict move, a threshold just above the probability the fitted model gives a guard
    ask it would move to a verdict not allowed (0 where no guard is at stake)."""
    moves = {f"{a}>{b}": 0.0 for a in VERDICTS for b in VERDICTS if a != b}
    for text, lang, relation, circle, allowed in guards():
        if lang not in langs:
            continue
        row = _attach({"text": text, "upward": relation == "above", "circle": circle}, lang)
        if row["facts"].get("big_close"):
            continue
        p = predict(model, features([row], cand))[0]
        top = VERDICTS[int(p.argmax())]
        ok = allowed if allowed is not None else {row["rules"], "too_big"}
        if top != row["rules"] and top not in ok:
            move = f"{row['rules']}>{top}"
            moves[move] = max(moves[move], round(float(p.max()) + 0.005, 3))
    return moves


def fitted(cand: dict, extra: bool, langs: tuple[str, ...] = ("en", "fr")) -> dict[str, dict]:
    """Per language, the candidate's model json fitted on the training rows (+ batch 5 when
    ``extra``), L2 and θ chosen by CV on the training rows."""
    if cand.get("pooled"):
        langs = ("en", "fr")
    train = {lang: training(lang) for lang in langs}
    groups = [list(langs)] if cand.get("pooled") else [[lang] for lang in langs]
    out = {}
    for group in groups:
        rows = [r for lang in group for r in train[lang]]
        l2, theta, lines = choose(rows, cand)
        print(lines)
        print(f"  chosen for {'+'.join(group)}: l2 {l2:g}, θ {theta:.2f}")
        if extra:
            rows = rows + [r for lang in group for r in batch_with_second(5, lang)]
        labels = np.array([VERDICTS.index(r["label"]) for r in rows])
        model = fit(features(rows, cand), labels, weights_of(rows), l2)
        for lang in group:
            out[lang] = model_json(model, cand, theta)
            if cand.get("guarded"):
                out[lang]["moves"] = floors(model, cand, group)
                print(f"  {lang} floors: {out[lang]['moves']}")
    return out


def run_checker(models: dict[str, dict | None], rows: list[dict]) -> list[str]:
    """The verdicts of ``checker.check`` with these models in place of the shipped ones."""
    saved = checker._verdict_model
    checker._verdict_model = lambda lang: models.get(lang)
    try:
        return [
            checker.check(
                r["text"], r["lang"], "above" if r.get("upward") else None, r.get("circle")
            ).verdict
            for r in rows
        ]
    finally:
        checker._verdict_model = saved


def look(name: str) -> None:
    done = 0
    if LOOKS.exists():
        done = sum(line.startswith("== look ") for line in LOOKS.read_text().splitlines())
    if done >= MAX_LOOKS:
        raise SystemExit(f"{done} looks at batch 5 already: no more")
    cand = CANDIDATES[name]
    models = {"en": None, "fr": None} if cand.get("rules") else fitted(cand, extra=False)
    lines = [f"== look {done + 1}: {name} ({cand['about']})"]
    for lang in ("en", "fr"):
        rows = batch_with_second(5, lang)
        verdicts = run_checker(models, rows)
        scope = [i for i, r in enumerate(rows) if r["scope"] == "in"]
        lines.append(
            summary(
                f"{lang} in scope", [rows[i]["label"] for i in scope], [verdicts[i] for i in scope]
            )
        )
        lines.append(summary(f"{lang} all", [r["label"] for r in rows], verdicts))
        if models.get(lang):
            lines.append(f"   {lang}: l2 chosen by CV, θ {models[lang]['threshold']:.2f}")
    with open(LOOKS, "a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print("\n".join(lines))


def export(name: str, langs: list[str]) -> None:
    models = fitted(CANDIDATES[name], extra=True, langs=tuple(langs))
    for lang in langs:
        path = write_model(lang, models[lang])
        print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--look", choices=sorted(CANDIDATES))
    parser.add_argument("--export", choices=sorted(c for c in CANDIDATES if c != "R"))
    parser.add_argument("--langs", default="en,fr")
    args = parser.parse_args()
    if args.look:
        look(args.look)
    if args.export:
        export(args.export, args.langs.split(","))


if __name__ == "__main__":
    main()
