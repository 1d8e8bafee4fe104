"""How long `import toolkit` (and its heavier parts) take, against a bare interpreter start.

Each figure is the median of several fresh processes; ratios are against `python -c pass`
measured in the same run, since the machines are noisy.
"""

import subprocess
import sys

import timing

RUNS = 7
STATEMENTS = {
    "python -c pass (baseline)": "pass",
    "import toolkit": "import toolkit",
    "import toolkit.core.store": "import toolkit.core.store",
    "from toolkit import ui": "from toolkit import ui",
}


def median_seconds(statement: str) -> float:
    command = [sys.executable, "-c", statement]
    return timing.median_seconds(lambda: subprocess.run(command, check=True), RUNS)


def main() -> None:
    results = {label: median_seconds(code) for label, code in STATEMENTS.items()}
    baseline = results["python -c pass (baseline)"]
    print(f"{'what':32} {'median ms':>10} {'× baseline':>11} {'own ms':>8}")
    for label, seconds in results.items():
        own = (seconds - baseline) * 1000
        print(f"{label:32} {seconds * 1000:10.1f} {seconds / baseline:11.2f} {own:8.1f}")


if __name__ == "__main__":
    main()
