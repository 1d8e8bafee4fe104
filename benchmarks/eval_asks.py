"""How far the ask checker agrees with the coach's labels on asks written by other people.

Prints, per language and split: agreement, recall per verdict, the confusion matrix, and the same
for the quoted asks alone (the paraphrases share frames, the quoted asks do not).

Three uses:

- ``eval_asks.py --split all`` (or ``train``, ``real_test``...): figures per split of the corpus;
- ``eval_asks.py --cv``: the held-out protocol of guide v2. Every row of the corpus is assigned to
  one of ``FOLDS`` folds by a hash of its ``group`` (a paraphrase frame, or one real source), so no
  source sits in two folds. Rules are developed looking only at the errors of the ``DEV_FOLDS``
  (``--errors --cv`` lists those, never the others); the figures of the other folds are the
  held-out ones. Printed: development folds, held-out folds, and each fold apart;
- ``eval_asks.py --batch asks_corpus_batch3_en asks_corpus_batch3_fr`` (modules of
  ``benchmarks/``, or paths to them): scores new batches once, together, aggregate figures only
  (no item is printed). A module holds ``rows()`` (dicts), or lists ``EN`` / ``FR`` of
  ``(source, label, upward, circle, text, note)`` or of dicts; a row without ``upward`` is read
  for it (``reads_upward``).

From Python: ``from eval_asks import score; score(rows)`` with rows of ``text``, ``label``,
``lang`` (optional ``upward``, ``circle``) returns agreement, recalls and the confusion matrix.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/eval_asks.py --cv``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

try:  # the layout after the restructure (issue #14), then the one before it
    from toolkit.ask import checker as _checker
except ImportError:  # pragma: no cover - only before the restructure
    from toolkit import asks as _checker

check = _checker.check


def reads_upward(text: str, lang: str) -> bool:
    """Whether the text shows the reader above (a checker without that reading says no)."""
    reader = getattr(_checker, "reads_upward", None)
    return bool(reader and reader(text, lang))


HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "asks_corpus"
VERDICTS = ("precise", "vague", "too_big")
FOLDS = 5
DEV_FOLDS = (0, 1, 2)  # errors of these folds may be read while developing; never of 3 and 4


def load(lang: str, split: str) -> list[dict]:
    """The labelled asks of one language and split (``all`` for every split)."""
    with open(CORPUS / f"{lang}.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [r for r in rows if split == "all" or r["split"] == split]


def fold_of(row: dict) -> int:
    """The row's fold: a hash of its group, so one source's asks share a fold."""
    key = "cv:" + row.get("group", row["text"])
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16) % FOLDS


def verdict_of(row: dict) -> str:
    """The checker's verdict on one labelled ask, with what the row knows of the tie; a row that
    records no ``upward`` at all (a batch of text, label, lang) is read for it (guide v2, D)."""
    recorded = "upward" in row
    upward = bool(row["upward"]) if recorded else reads_upward(row["text"], row["lang"])
    relation = "above" if upward else None
    return check(row["text"], row["lang"], relation, row.get("circle")).verdict


def figures(labels: list[str], verdicts: list[str]) -> dict:
    """Agreement, recall per class and the confusion matrix (rows: label; columns: verdict)."""
    pairs = Counter(zip(labels, verdicts, strict=True))
    agreed = sum(pairs[(v, v)] for v in VERDICTS)
    out: dict = {"n": len(labels), "agreement": agreed / len(labels) if labels else 0.0}
    for label in VERDICTS:
        total = sum(pairs[(label, v)] for v in VERDICTS)
        out[f"recall_{label}"] = pairs[(label, label)] / total if total else float("nan")
    out["confusion"] = {label: {v: pairs[(label, v)] for v in VERDICTS} for label in VERDICTS}
    return out


def score(rows: list[dict]) -> dict:
    """Score rows of ``text``, ``label``, ``lang`` (optional ``upward``, ``circle``) with the
    checker: ``n``, ``agreement``, ``recall_<class>`` and ``confusion[label][verdict]``; per
    language too, under ``by_lang``."""
    verdicts = [verdict_of(r) for r in rows]
    out = figures([r["label"] for r in rows], verdicts)
    out["by_lang"] = {
        lang: figures(
            [r["label"] for r in rows if r["lang"] == lang],
            [v for r, v in zip(rows, verdicts, strict=True) if r["lang"] == lang],
        )
        for lang in sorted({r["lang"] for r in rows})
    }
    return out


def report(title: str, rows: list[dict], verdicts: list[str]) -> dict:
    """Print agreement, recall per class and the confusion matrix; return the figures."""
    found = figures([r["label"] for r in rows], verdicts)
    print(f"{title}: n={found['n']}  agreement {found['agreement']:.1%}")
    for label in VERDICTS:
        hits = found["confusion"][label][label]
        total = sum(found["confusion"][label].values())
        print(f"  recall {label:8s} {found[f'recall_{label}']:6.1%}  ({hits}/{total})")
    print("  label \\ verdict " + "".join(f"{v:>9s}" for v in VERDICTS))
    for label in VERDICTS:
        print(f"  {label:16s}" + "".join(f"{found['confusion'][label][v]:9d}" for v in VERDICTS))
    return found


def batch_rows(name: str) -> list[dict]:
    """The rows of a batch module, by module name (in ``benchmarks/``) or file path."""
    if name.endswith(".py"):
        spec = importlib.util.spec_from_file_location(Path(name).stem, name)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    else:
        sys.path.insert(0, str(HERE))
        module = importlib.import_module(name)
    if hasattr(module, "rows"):
        return [dict(r) for r in module.rows()]
    out = []
    for lang in ("fr", "en"):
        for item in getattr(module, lang.upper(), []):
            if isinstance(item, dict):
                out.append({"lang": lang, **item})
                continue
            source, label, upward, circle, text, _note = item
            out.append(
                dict(lang=lang, text=text, label=label, upward=upward, circle=circle, source=source)
            )
    return out


def _print_score(title: str, found: dict) -> None:
    recalls = " / ".join(f"{found[f'recall_{v}']:.1%}" for v in VERDICTS)
    matrix = "; ".join(
        f"{label[0].upper()} " + "/".join(str(found["confusion"][label][v]) for v in VERDICTS)
        for label in VERDICTS
    )
    print(
        f"{title}: n={found['n']}  agreement {found['agreement']:.1%}  "
        f"recall P/V/T {recalls}  confusion {matrix}"
    )


def print_errors(rows: list[dict], name_of, width: int = 300) -> None:
    """List the rows the checker disagrees on: ``name_of(row)``, label, verdict, the text."""
    for row in rows:
        verdict = verdict_of(row)
        if verdict != row["label"]:
            text = row["text"].replace("\n", " ")[:width]
            print(f"    {name_of(row)} {row['label']}->{verdict} {text}")


def cross_validation(langs: list[str], errors: bool) -> None:
    """Development folds, held-out folds and each fold, all rows and quoted rows apart."""
    for lang in langs:
        rows = load(lang, "all")
        verdicts = [verdict_of(r) for r in rows]
        for origin in ("all", "quoted"):
            pick = [
                (r, v)
                for r, v in zip(rows, verdicts, strict=True)
                if origin == "all" or r["origin"] == "quoted"
            ]
            for name, folds in (("dev folds", DEV_FOLDS), ("held-out folds", (3, 4))):
                part = [(r, v) for r, v in pick if fold_of(r) in folds]
                found = figures([r["label"] for r, _ in part], [v for _, v in part])
                _print_score(f"[{lang} {origin:6s}] {name:14s}", found)
            per_fold = []
            for k in range(FOLDS):
                part = [(r, v) for r, v in pick if fold_of(r) == k]
                found = figures([r["label"] for r, _ in part], [v for _, v in part])
                per_fold.append(f"{k}: {found['agreement']:.1%} (n={found['n']})")
            print(f"[{lang} {origin:6s}] per fold       " + ", ".join(per_fold))
        if errors:  # the development folds only
            for row, verdict in zip(rows, verdicts, strict=True):
                if verdict != row["label"] and fold_of(row) in DEV_FOLDS:
                    text = row["text"].replace("\n", " ")[:170]
                    print(f"    {row['id']} {row['label']}->{verdict} up={row['upward']}: {text}")
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("train", "test", "fresh", "real_train", "real_test", "all"),
        default="train",
    )
    parser.add_argument("--lang", choices=("fr", "en"), action="append")
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    parser.add_argument("--real", action="store_true", help="only the real batches (real: groups)")
    parser.add_argument("--cv", action="store_true", help="development and held-out folds")
    parser.add_argument(
        "--batch",
        nargs="+",
        help="score one or more batch modules once, together (aggregate figures only)",
    )
    args = parser.parse_args()
    langs = args.lang or ["fr", "en"]
    if args.batch:
        rows = [r for name in args.batch for r in batch_rows(name) if r["lang"] in langs]
        found = score(rows)
        name = "+".join(Path(n).stem for n in args.batch)
        for lang, part in found["by_lang"].items():
            _print_score(f"[{name} {lang}]", part)
        _print_score(f"[{name} both]", found)
        return
    if args.cv:
        cross_validation(langs, args.errors)
        return
    for lang in langs:
        rows = load(lang, args.split)
        if args.real:
            rows = [r for r in rows if r.get("group", "").startswith("real:")]
        verdicts = [verdict_of(r) for r in rows]
        report(f"[{lang} {args.split}] all", rows, verdicts)
        quoted = [(r, v) for r, v in zip(rows, verdicts, strict=True) if r["origin"] == "quoted"]
        report(
            f"[{lang} {args.split}] quoted only",
            [r for r, _ in quoted],
            [v for _, v in quoted],
        )
        if args.errors:
            for row, verdict in zip(rows, verdicts, strict=True):
                if verdict != row["label"]:
                    text = row["text"].replace("\n", " ")[:160]
                    print(f"    {row['id']} {row['label']}->{verdict} up={row['upward']}: {text}")
        print()


if __name__ == "__main__":
    main()
