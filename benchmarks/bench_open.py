"""Opening a workspace, which now checks the file's pages (``PRAGMA quick_check``) so that a
damaged one is never written to (#18): on the demo persona (150 contacts) and on 30,000.

Baseline, same run: reading every contact once (``Workspace.contacts``), which each screen does
right after opening.
"""

import tempfile
from pathlib import Path

import timing

from toolkit import demo
from toolkit.core.model import Contact
from toolkit.core.store import open_workspace

RUNS = 15


def big(path: Path, count: int) -> Path:
    with open_workspace(path, create=True) as workspace:
        workspace.add_contacts(
            Contact(display_name=f"Personne {i}", company=f"Société {i % 300}",
                    email=f"p{i}@exemple.invalid", notes="une note " * 10)
            for i in range(count)
        )  # fmt: skip
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        demo.create_persona("cecile", folder / "cecile.sqlite").close()
        cases = (("cecile (150 contacts)", folder / "cecile.sqlite"),
                 ("30,000 contacts", big(folder / "big.sqlite", 30_000)))  # fmt: skip
        print(f"medians of {RUNS} runs")
        for name, path in cases:
            with open_workspace(path) as workspace:
                baseline = timing.median_ms(workspace.contacts, RUNS)
            ms = timing.median_ms(lambda p=path: open_workspace(p).close(), RUNS)
            print(f"  {name:24} read contacts {baseline:7.1f} ms  open {ms:7.1f} ms", end="")
            print(f"  = {ms / baseline:5.2f} × reading the contacts")


if __name__ == "__main__":
    main()
