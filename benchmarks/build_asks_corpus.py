"""Build tests/data/asks_corpus/{fr,en}.jsonl from the quoted asks and our paraphrase frames.

Deterministic: the split comes from a hash (SHA-256) of each item's group, stratified by label:
a quoted ask is its own group; every variant of one paraphrase frame shares the frame's group,
so a frame's wording never appears on both sides (the test split measures new wordings).
Run: ``.venv/bin/python benchmarks/build_asks_corpus.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import asks_corpus_fresh
import asks_corpus_real_en
import asks_corpus_real_fr
from asks_corpus_paraphrases import FRAMES, SITUATIONS
from asks_corpus_quoted import EN, FR, SOURCES

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "asks_corpus"
TEST_SHARE = 0.4
REAL_TEST_SHARE = 0.5  # the real batch: half tuned on, half kept for the final figures
VARIANTS_PER_FRAME = 7
# Greetings and closings that wrap some variants into e-mails (the label does not change).
WRAPS = {
    "fr": [
        ("", ""),
        ("Bonjour,\n\n", "\n\nMerci d'avance,\nCamille"),
        ("Bonjour Madame,\n\nJ'espère que vous allez bien. ", "\n\nBien cordialement,\nLéo Martin"),
        ("Salut, ", " Merci !"),
    ],
    "en": [
        ("", ""),
        ("Hi,\n\n", "\n\nThanks in advance,\nCamille"),
        ("Dear Mr Obi,\n\nI hope this finds you well. ", "\n\nKind regards,\nLeo Martin"),
        ("Hey, ", " Thanks!"),
    ],
}


def _hash(key: str) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16)


GREETINGS = ("Bonjour", "Salut", "Madame", "Hi", "Hello", "Hey", "Dear")


def _fill(template: str, situation: dict, lang: str) -> str:
    values = dict(situation)
    values["diff_cap"] = values["diff"][:1].upper() + values["diff"][1:]
    text = template.format(**values)
    if lang == "en":
        text = re.sub(r"\b([Aa]) ([aeiouAEIOU])", r"\1n \2", text)
    return text


def _quoted(lang: str, batch: list, sources: dict, group) -> list[dict]:
    """Rows for a batch of quoted asks (source id, label, upward, circle, text, note)."""
    return [
        dict(
            lang=lang,
            text=text,
            label=label,
            upward=upward,
            circle=circle,
            origin="quoted",
            source=sources[source],
            note=note,
            group=group(source, text),
        )
        for source, label, upward, circle, text, note in batch
    ]


def items(lang: str) -> list[dict]:
    """Every labelled ask of one language, with its group (for the split) and origin."""
    rows = []
    for source, label, upward, circle, text, note in {"fr": FR, "en": EN}[lang]:
        paraphrase = note.startswith("PARAPHRASE")
        rows.append(
            dict(
                lang=lang,
                text=text,
                label=label,
                upward=upward,
                circle=circle,
                origin=f"paraphrase_of:{source}" if paraphrase else "quoted",
                source=SOURCES[source],
                note=note.removeprefix("PARAPHRASE:").strip(),
                group=f"quoted:{text}",
            )
        )
    situations = SITUATIONS[lang]
    wraps = WRAPS[lang]
    for number, (frame, source, label, upward, circle, template) in enumerate(FRAMES[lang]):
        for k in range(VARIANTS_PER_FRAME):
            situation = situations[(number * 5 + k) % len(situations)]
            before, after = wraps[(number + k) % len(wraps)]
            if template.startswith(GREETINGS):
                before = ""  # the frame has its own greeting
            rows.append(
                dict(
                    lang=lang,
                    text=before + _fill(template, situation, lang) + after,
                    label=label,
                    upward=upward,
                    circle=circle,
                    origin=f"paraphrase_of:{source}",
                    source=SOURCES[source],
                    note=f"frame {frame}",
                    group=f"frame:{frame}",
                )
            )
    fresh = {"fr": asks_corpus_fresh.FR, "en": asks_corpus_fresh.EN}[lang]
    rows += _quoted(lang, fresh, asks_corpus_fresh.SOURCES, lambda source, text: f"fresh:{text}")
    real = {"en": asks_corpus_real_en.EN}.get(lang, [])
    # One group per source: sibling templates of one page never straddle the split.
    rows += _quoted(lang, real, asks_corpus_real_en.SOURCES, lambda source, text: f"real:{source}")
    if lang == "fr":
        rows.extend(asks_corpus_real_fr.rows())  # split set by source (issue #16, real asks)
    unique, seen = [], set()
    for row in rows:
        # Guide v2 relabelled some asks; their note keeps the v1 label ("v2: was vague; ...").
        was = re.search(r"v2: was (precise|vague|too_big)", row["note"])
        row["label_v1"] = was.group(1) if was else row["label"]
        if row["text"] not in seen:
            seen.add(row["text"])
            unique.append(row)
    return unique


def split(rows: list[dict]) -> None:
    """Mark ``split`` train/test: per label, the groups of lowest hash go to test."""
    for row in rows:
        if row["group"].startswith("fresh:"):
            row["split"] = "fresh"  # collected after tuning: never split, never tuned on
    _split_real(rows)  # the English batch; the French one set its own split
    rows = [r for r in rows if "split" not in r]  # fresh, and batches already split
    # Stratified by the v1 label, so that relabelling under guide v2 moves no ask across splits.
    for label in sorted({r["label_v1"] for r in rows}):
        groups = sorted({r["group"] for r in rows if r["label_v1"] == label}, key=_hash)
        size = {g: sum(1 for r in rows if r["group"] == g) for g in groups}
        total = sum(size.values())
        test, count = set(), 0
        for group in groups:
            if count >= TEST_SHARE * total:
                break
            test.add(group)
            count += size[group]
        for row in rows:
            if row["label_v1"] == label:
                row["split"] = "test" if row["group"] in test else "train"


def _split_real(rows: list[dict]) -> None:
    """Mark the real batch ``real_train``/``real_test``: source groups of lowest hash go to test."""
    real = [r for r in rows if r["group"].startswith("real:") and "split" not in r]
    groups = sorted({r["group"] for r in real}, key=_hash)
    test, count = set(), 0
    for group in groups:
        if count >= REAL_TEST_SHARE * len(real):
            break
        test.add(group)
        count += sum(1 for r in real if r["group"] == group)
    for row in real:
        row["split"] = "real_test" if row["group"] in test else "real_train"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("fr", "en"):
        rows = items(lang)
        split(rows)
        rows.sort(key=lambda r: _hash(r["text"]))
        with open(OUT / f"{lang}.jsonl", "w", encoding="utf-8") as handle:
            for number, row in enumerate(rows):
                row = {"id": f"{lang}-{number:04d}", **row}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = {}
        for row in rows:
            key = (row["split"], row["label"], row["origin"] == "quoted")
            counts[key] = counts.get(key, 0) + 1
        print(lang, len(rows), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
