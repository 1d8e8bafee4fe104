"""How long nbval takes over every notebook, against nbval on a one-cell notebook (kernel start).

Run from the repository root (as `make bench` does).
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]


def nbval_seconds(*targets: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-o", "addopts=", "--nbval",
         "--nbval-current-env", "-p", "no:cacheprovider", *targets],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env={**os.environ},
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    notebooks = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("*/**/*.ipynb"))
    notebooks = [n for n in notebooks if n.startswith(("workshops/", "exercises/"))]
    with tempfile.TemporaryDirectory() as scratch:
        trivial = Path(scratch) / "trivial.ipynb"
        notebook = nbformat.v4.new_notebook()
        notebook.cells = [nbformat.v4.new_code_cell("1 + 1")]
        notebook.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nbformat.write(notebook, trivial)
        baseline = nbval_seconds(str(trivial), "--nbval-lax")
    total = nbval_seconds(*notebooks)
    print(f"notebooks validated: {len(notebooks)}")
    print(f"baseline (one trivial notebook, kernel start): {baseline:6.2f} s")
    print(f"all notebooks:                                 {total:6.2f} s")
    print(f"ratio: {total / baseline:.2f} × baseline; per notebook: {total / len(notebooks):.2f} s")


if __name__ == "__main__":
    main()
