"""A faster importer imports the same thing: for every test export (and a generated 2,000-row
LinkedIn export), the workspace's contacts and the reports of a first import and of a re-import
are those recorded before the importer was sped up (issue #17), fingerprint for fingerprint.

``python tests/test_importers_same_contents.py`` records the fingerprints again; do it only for
a change that is meant to change what is imported, and say so in the commit message.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

import pytest

from toolkit.core.store import open_workspace
from toolkit.map.importers import ImportFileError, import_file

IMPORTS = Path(__file__).parent / "data" / "imports"
RECORDED = IMPORTS / "same_contents.json"
BENCHMARKS = Path(__file__).parents[1] / "benchmarks"
GENERATED = "generated/linkedin_2000.csv"
NOT_EXPORTS = {".py", ".md"}


def exports() -> list[str]:
    """Every test export, by its path under ``IMPORTS``, and the generated one."""
    files = [
        path.relative_to(IMPORTS).as_posix()
        for path in sorted(IMPORTS.rglob("*"))
        if path.is_file() and path.suffix not in NOT_EXPORTS and path != RECORDED
        and path.name != "LICENSES.txt"
    ]  # fmt: skip
    return [*files, GENERATED]


def _source(name: str) -> bytes:
    if name != GENERATED:
        return (IMPORTS / name).read_bytes()
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from bench_contact_import import linkedin_export
    finally:
        sys.path.remove(str(BENCHMARKS))
    # The shape recorded before the benchmark's addresses were percent-encoded as LinkedIn does.
    return linkedin_export(2_000, seed=11, encoded_urls=False).encode("utf-8")


def fingerprint(name: str, folder: Path) -> dict:
    """What importing ``name`` twice into a new workspace leaves: the counts, and a hash of the
    reports (English) and of every stored contact, column by column."""
    data = _source(name)
    digest = hashlib.sha256()
    counts = []
    with open_workspace(folder / "ws.sqlite", create=True) as workspace:
        for _ in range(2):
            try:
                report = import_file(data, workspace, file_name=Path(name).name).report
            except ImportFileError as error:
                return {"error": error.key}
            summary = report.to_dict("en")
            counts.append([summary[k] for k in ("read", "imported", "merged", "updated")])
            digest.update(json.dumps(summary, ensure_ascii=False, sort_keys=True).encode())
        for row in workspace._conn.execute("SELECT * FROM contacts ORDER BY id"):
            digest.update(json.dumps(row, ensure_ascii=False).encode())
    return {"counts": counts, "sha256": digest.hexdigest()}


@pytest.mark.parametrize("name", exports())
def test_the_importer_imports_what_it_imported_before(name, tmp_path):
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    assert name in recorded, "a new export: record the fingerprints again (see the docstring)"
    assert fingerprint(name, tmp_path) == recorded[name]


def test_every_recorded_export_is_still_there():
    assert sorted(json.loads(RECORDED.read_text(encoding="utf-8"))) == sorted(exports())


def record() -> None:
    """Write every export's fingerprint to ``RECORDED``."""
    found = {}
    for name in exports():
        with tempfile.TemporaryDirectory() as scratch:
            found[name] = fingerprint(name, Path(scratch))
    lines = [f"{json.dumps(name)}: {json.dumps(found[name])}" for name in sorted(found)]
    RECORDED.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{len(found)} fingerprints written to {RECORDED}")


if __name__ == "__main__":
    record()
