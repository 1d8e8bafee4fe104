"""Take-away figures on cecile: the report built from the review screen (page and data URI),
the command writing the same page, and the summary preview. Baseline, same run: reading the
workspace once (``Network`` load). CPU time of this process.
"""

import contextlib
import io
import tempfile
import time
from pathlib import Path

import personas
import timing

from toolkit import cli
from toolkit.ui import TakeAway

RUNS = 7


def cpu_ms(action, runs: int) -> float:
    """CPU milliseconds of this process: steadier than wall-clock on a shared machine."""
    return 1000 * timing.median_seconds(action, runs, clock=time.process_time)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        session = personas.demo_session("cecile", scratch)
        screen = TakeAway(session)
        out = Path(scratch) / "report.html"
        command = ["report", "--workspace", str(session.workspace.path), "--out", str(out)]
        load = cpu_ms(session.workspace.network, RUNS)
        widget = cpu_ms(screen.build_report, RUNS)
        with contextlib.redirect_stdout(io.StringIO()):  # "report written to...", five times
            written = cpu_ms(lambda: cli.main(command), RUNS)
        preview = cpu_ms(screen.preview_summary, RUNS)
        page, link = out.stat().st_size, len(screen._report.value)
        print(f"Network load (baseline)          {load:7.1f} ms")
        print(f"report download, screen          {widget:7.1f} ms = {widget / load:5.1f}x")
        print(f"atelier report (in process)      {written:7.1f} ms = {written / load:5.1f}x")
        print(f"screen / command                 {widget / written:7.2f}x")
        print(f"summary preview + link           {preview:7.1f} ms = {preview / load:5.1f}x")
        print(f"report page {page / 1e6:.2f} MB; link in the screen {link / 1e6:.2f} MB")
        session.workspace.close()


if __name__ == "__main__":
    main()
