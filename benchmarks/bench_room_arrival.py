"""Where the computing of one arrival in the room goes: CPU-seconds, phase by phase.

A room on two cores fills up when its arrivals cost more computing than the cores have: wall
times on a shared machine move with the load, CPU-seconds much less. Two parts:

1. The kernel side, in a fresh Python process as a room's kernel runs it (app mode, a
   participant key): the interpreter, ipykernel's imports, ipywidgets, pandas, plotly, the rest
   of the toolkit, the page's first step made before the request (what a preheated kernel
   does), the picker once the request came, the first actions (a workspace, two people), the
   next step made in the background, and the state the page's widgets send to the browser.
2. A real room (``atelier app --room``) and one chromium participant: the CPU of the Voilà
   server and of each kernel (/proc through psutil) while the pool fills, from the request to
   the usable screen, during the first actions, at the step change, and the refill of the pool.

Nothing is asserted; the figures go in the closing note.

    python benchmarks/bench_room_arrival.py            # both parts
    python benchmarks/bench_room_arrival.py --kernel-only
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# -- part 1: the kernel side ----------------------------------------------------------------------

CHILD = r"""
import json, os, sys, time
marks = [("interpreter", time.process_time())]
def mark(name):
    marks.append((name, time.process_time()))
import ipykernel.kernelapp, ipykernel.ipkernel  # what a kernel loads before any cell
mark("ipykernel")
import ipywidgets
mark("ipywidgets")
if os.environ.get("BENCH_EAGER"):
    import pandas
    mark("pandas")
    import plotly.graph_objects
    mark("plotly")
import toolkit.ui.app_page as app_page
mark("toolkit (the page's imports)")
heavy = {m: m in sys.modules for m in ("pandas", "plotly", "plotly.graph_objects", "numpy")}
from pathlib import Path
from IPython.core.interactiveshell import InteractiveShell
from toolkit.app import room as rooms
shell = InteractiveShell.instance()
root = Path(os.environ["ATELIER_STEPS_DIR"])
steps = [(title, root / path) for title, path in rooms.room_steps(root, "fr")]
page = app_page.AppPage(steps, "fr", 0, with_picker=False)
mark("step 1 made before the request")
page.attach_picker(); page.go(0)
mark("picker once the request came")
from ipywidgets.widgets.widget import _instances
states = [w.get_state() for w in list(_instances.values())]
sent = len(json.dumps(states, default=str))
mark("state of the page's widgets")
page.picker.create("Zoé")
mark("first action: a workspace")
quick = next(w for w in page._body.children[0].children if type(w).__name__ == "QuickAdd")
quick.add_names("Ada Lovelace\nGrace Hopper")
mark("first action: two people")
page._prepare(1)
mark("step 2 made in the background")
page.go(1)
mark("step change (views swapped)")
import resource
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"marks": marks, "widgets": len(_instances), "state_bytes": sent,
                  "peak_mb": rss, "heavy_at_first_render": heavy}))
"""


def kernel_side(eager: bool, runs: int) -> list[dict]:
    """Run the kernel's work ``runs`` times in fresh processes; the marks of each run."""
    folder = Path(tempfile.mkdtemp(prefix="bench-arrival-"))
    from toolkit.app import room as rooms

    room = rooms.Room.open(folder / "room")
    env = {
        **os.environ, "ATELIER_APP": "1", "ATELIER_WORKSPACE_DIR": str(folder),
        "ATELIER_ROOM": str(room.folder), "ATELIER_STEPS_DIR": str(ROOT / "workshops"),
        "PLOTLY_RENDERER": "plotly_mimetype",
    }  # fmt: skip
    env.pop("ATELIER_WORKSPACE", None)
    if eager:
        env["BENCH_EAGER"] = "1"
    results = []
    for _ in range(runs):
        # a new participant each time (a key seen before reopens its workspace at once)
        env["HTTP_COOKIE"] = f"atelier_participant={room.new_participant_key()}"
        before = os.times()
        done = subprocess.run(
            [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=False
        )
        after = os.times()
        if done.returncode:
            raise SystemExit(done.stderr[-2000:])
        data = json.loads(done.stdout.strip().splitlines()[-1])
        data["total"] = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        results.append(data)
    return results


def print_kernel_side(results: list[dict], label: str) -> dict[str, float]:
    """The median CPU of each phase over the runs, printed; the medians by phase."""
    import statistics

    names = [name for name, _ in results[0]["marks"]]
    phases: dict[str, list[float]] = {name: [] for name in names}
    for data in results:
        marks = data["marks"]
        phases[names[0]].append(marks[0][1])  # the interpreter's start, before the first line
        for (_, previous), (name, at) in itertools.pairwise(marks):
            phases[name].append(at - previous)
    medians = {name: statistics.median(values) for name, values in phases.items()}
    total = statistics.median(d["total"] for d in results)
    print(f"kernel side, {label} (median of {len(results)} fresh processes, CPU-seconds):")
    for name, value in medians.items():
        print(f"  {name:<34} {value:6.2f}")
    print(f"  {'whole process (with its exit)':<34} {total:6.2f}")
    first = results[0]
    print(
        f"  widgets {first['widgets']}, state sent {first['state_bytes'] / 1024:.0f} KiB, "
        f"peak {first['peak_mb']:.0f} MB; loaded at first render: "
        + ", ".join(m for m, loaded in first["heavy_at_first_render"].items() if loaded)
    )
    return {**medians, "total": total}


# -- part 2: a real room, one participant --------------------------------------------------------


def tree_cpu(root_pid: int) -> dict[int, tuple[str, float]]:
    """CPU-seconds of every live process under ``root_pid``: (kind, own + reaped children)."""
    found = {}
    try:
        processes = [psutil.Process(root_pid), *psutil.Process(root_pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return found
    for process in processes:
        try:
            times = process.cpu_times()
            kind = "kernel" if any("ipykernel" in p for p in process.cmdline()) else "server"
        except psutil.Error:
            continue
        found[process.pid] = (
            kind,
            times.user + times.system + times.children_user + times.children_system,
        )
    return found


class Meter:
    """CPU of the room's server and kernels between two looks."""

    def __init__(self, root_pid: int) -> None:
        self.root_pid = root_pid
        self.last = tree_cpu(root_pid)

    def look(self) -> dict[str, float]:
        now = tree_cpu(self.root_pid)
        server = sum(c for k, c in now.values() if k == "server") - sum(
            c for k, c in self.last.values() if k == "server"
        )
        old = {
            p: c - self.last[p][1] for p, (k, c) in now.items() if k == "kernel" and p in self.last
        }
        new = {p: c for p, (k, c) in now.items() if k == "kernel" and p not in self.last}
        self.last = now
        return {"server": server, "kernels": sum(old.values()), "new kernels": sum(new.values()),
                "new": len(new)}  # fmt: skip

    def quiet(self, timeout: float = 60, still: float = 1.5) -> float:
        """Wait until the room uses (almost) no CPU for ``still`` seconds; seconds waited."""
        start = time.monotonic()
        last, calm_since = sum(c for _, c in tree_cpu(self.root_pid).values()), time.monotonic()
        while time.monotonic() - start < timeout:
            time.sleep(0.25)
            total = sum(c for _, c in tree_cpu(self.root_pid).values())
            if total - last > 0.03:
                calm_since = time.monotonic()
            last = total
            if time.monotonic() - calm_since >= still:
                break
        return time.monotonic() - start


async def one_arrival(lang: str = "fr") -> list[tuple[str, dict[str, float]]]:
    """A room, its pool filled, and one participant; the CPU of each phase."""
    from playwright.async_api import async_playwright

    from benchmarks.bench_room import RoomServer
    from tests.conftest import CHROMIUM, CHROMIUM_ARGS
    from toolkit.i18n import t

    folder = Path(tempfile.mkdtemp(prefix="bench-arrival-room-"))
    phases = []
    server = RoomServer(folder, max_kernels=5)
    meter = Meter(server.process.pid)
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            await asyncio.to_thread(meter.quiet, 120, 3)
            phases.append(("room opened, pool filled", meter.look()))
            ready = len(server.kernels())
            context = await browser.new_context(locale=f"{lang}-FR")
            page = await context.new_page()
            join = server.info["url"] + "?code=" + server.info["room_code"]
            start = time.monotonic()
            await page.goto(join, wait_until="domcontentloaded")
            await page.get_by_role("link", name=t("app.start", lang)).click()
            first_name = page.get_by_placeholder(t("picker.first_name_placeholder", lang))
            await first_name.wait_for(timeout=180_000)
            await page.get_by_placeholder(t("mapping.quick_add.placeholder", lang)).first.wait_for(
                timeout=180_000
            )
            usable = time.monotonic() - start
            phases.append(("request to usable screen", meter.look()))
            await asyncio.to_thread(meter.quiet, 60)
            phases.append(("after the screen, page idle", meter.look()))
            await first_name.fill("Zoé")
            await page.get_by_role("button", name=t("picker.create", lang)).click()
            await page.get_by_text(t("picker.opened", lang, title="Zoé")).wait_for(timeout=60_000)
            await asyncio.to_thread(meter.quiet, 60)
            phases.append(("a workspace (and step 2 made)", meter.look()))
            quick_add = page.get_by_placeholder(t("mapping.quick_add.placeholder", lang)).first
            await quick_add.fill("Ada Lovelace\nGrace Hopper")
            await page.get_by_role("button", name=t("mapping.quick_add.add", lang)).click()
            await page.get_by_text(t("mapping.quick_add.added", lang, count=2)).wait_for(
                timeout=60_000
            )
            await asyncio.to_thread(meter.quiet, 60)
            phases.append(("two people added", meter.look()))
            start = time.monotonic()
            await page.get_by_role("button", name=t("app.page.next", lang)).first.click()
            await page.get_by_placeholder(t("ask_steps.first.placeholder", lang)).wait_for(
                timeout=60_000
            )
            change = time.monotonic() - start
            await asyncio.to_thread(meter.quiet, 60)
            phases.append(("step change", meter.look()))
            memory = [k.memory_info().rss / 2**20 for k in server.kernels()]
            await context.close()
            await browser.close()
    finally:
        server.stop()
    print(f"one participant: usable screen after {usable:.1f} s, step change {change:.2f} s; "
          f"{ready} kernels ready before; kernels' memory now "
          + ", ".join(f"{m:.0f}" for m in memory) + " MB")  # fmt: skip
    return phases


def print_room(phases: list[tuple[str, dict[str, float]]]) -> float:
    """The room's CPU by phase; the CPU of one arrival (all but the pool's first fill)."""
    print("real room, one participant (CPU-seconds: Voilà server | kernel(s) already running | "
          "kernels started in the phase)")  # fmt: skip
    arrival = 0.0
    for index, (name, cpu) in enumerate(phases):
        print(f"  {name:<32} {cpu['server']:6.2f} | {cpu['kernels']:6.2f} | "
              f"{cpu['new kernels']:6.2f} ({cpu['new']} new)")  # fmt: skip
        if index:
            arrival += cpu["server"] + cpu["kernels"] + cpu["new kernels"]
    print(f"  one arrival, refill of the pool included: {arrival:.1f} CPU-s")
    return arrival


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel-only", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    lazy = print_kernel_side(kernel_side(False, args.runs), "as the page imports")
    eager = print_kernel_side(kernel_side(True, args.runs), "pandas and plotly imported first")
    print(
        f"  pandas + plotly imported ahead: {eager['pandas'] + eager['plotly']:.2f} CPU-s; "
        f"the page's first step and picker: "
        f"{lazy['step 1 made before the request'] + lazy['picker once the request came']:.2f}"
    )
    if not args.kernel_only:
        print_room(asyncio.run(one_arrival()))
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
