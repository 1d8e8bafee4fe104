"""A training room on this machine: N real chromium participants join `atelier app --room`.

Starts the room server for real (all interfaces, a temporary workspace folder), then drives
Debian's chromium through Playwright: first one participant alone (the baseline), then N
participants arriving spread over a window, each in its own browser context (its own cookies,
as its own laptop). Each one opens the room's address with the room code, opens step 1, types
a first name, adds two people, then moves to step 2 and closes the tab.

Printed, as ratios against the participant alone measured in the same run: time to the first
usable screen (median, p95), step change, memory per participant, and kernels left after
everyone closed their tab; and where the computing goes, in CPU-seconds (process times, which
hold on a machine other work loads): the kernels', the room server's and the browsers', phase by
phase for a participant alone (first screen, first actions, step change) and per participant
in the crowd. Nothing is asserted: the figures go in the closing note.

The step change is timed by the page itself, from the participant's click to the animation
frame that paints the next step's field, and cut in phases (the page sends the click, it
reaches the kernel, the kernel's work, the way back, the browser's drawing; the kernel's
messages carry the time it made them). Playwright's own round trip is printed beside it: it
adds its checks before clicking and its polling for the field, which a crowd of browsers
driven from this one process slows down, and which no participant waits for.

The browsers run on the server's machine here, so they take CPU from it; in a real room each
laptop renders its own page. Only this machine's own addresses are ever contacted.

    python benchmarks/bench_room.py                 # 1 participant, then 5 within 15 s
    python benchmarks/bench_room.py -n 20 --spread 60
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, free_port  # noqa: E402
from toolkit.i18n import t  # noqa: E402

MAX_PARTICIPANTS = 30  # a room; the machine is shared
USABLE_TIMEOUT = 180  # seconds one participant may wait before counting as failed
FREE_WAIT = 90  # a closed tab must give its kernel back within this
ALONE_RUNS = 2  # the baseline: one participant alone, this many times (median)


@dataclass
class Run:
    """What one participant measured (seconds; None when it did not get there)."""

    usable: float | None = None
    # The step change as the participant lives it: from their click to the frame that paints
    # the next step, on the page's own clock; and as this benchmark sees it (Playwright's click,
    # its checks before clicking and its polling for the field included).
    step_change: float | None = None
    step_round_trip: float | None = None
    error: str = ""
    server_cpu: float = 0.0  # set on a wave's first run: server CPU-seconds per participant
    peak_resident: float = 0.0  # set on a wave's first run: the room's peak RSS, MB
    browsers_cpu: float = 0.0  # set on a wave's first run: the browsers' CPU per participant
    kernels_cpu: float = 0.0  # set on a wave's first run: the kernels' share of server_cpu
    script_mb: float = 0.0  # JavaScript the page loaded before its first usable screen, MB
    # Alone only (in a crowd the phases overlap): CPU-seconds of each phase, by whom.
    phases: dict[str, CPU] = field(default_factory=dict)
    # Where the step change's time went, seen by the page (seconds): see STEP_SPLIT.
    split: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class CPU:
    """CPU-seconds used by the room's kernels, the room's own processes (the command and the
    Voilà server), and the browsers; process times, so they hold on a loaded machine."""

    kernels: float = 0.0
    server: float = 0.0
    browsers: float = 0.0

    def __sub__(self, other: CPU) -> CPU:
        return CPU(
            self.kernels - other.kernels, self.server - other.server, self.browsers - other.browsers
        )

    def __add__(self, other: CPU) -> CPU:
        return CPU(
            self.kernels + other.kernels, self.server + other.server, self.browsers + other.browsers
        )

    def __str__(self) -> str:
        return (
            f"kernel {self.kernels:5.2f} + server {self.server:5.2f} + browser "
            f"{self.browsers:5.2f} = {self.kernels + self.server + self.browsers:5.2f} CPU-s"
        )


# Seen by the page itself (its own clock, not this process's, which a crowd of browsers
# delays): every websocket message in and out, and the moment the next step's field is painted.
WATCH_SOCKETS = """
(() => {
  const log = (window.__atelierMessages = []);
  const decode = (bytes) => new TextDecoder().decode(bytes);
  function summary(data) {
    let channel = "", header = {}, parent = {}, content = {}, size = 0;
    try {
      if (typeof data === "string") {
        size = data.length;
        const m = JSON.parse(data);
        [channel, header, parent, content] = [m.channel, m.header, m.parent_header, m.content];
      } else {
        const view = new DataView(data), count = view.getUint32(0, true);
        const offsets = [...Array(count).keys()].map((i) => view.getUint32(8 * (i + 1), true));
        const part = (i) => decode(new Uint8Array(data, offsets[i], offsets[i + 1] - offsets[i]));
        size = data.byteLength;
        channel = part(0);
        [header, parent] = [JSON.parse(part(1)), JSON.parse(part(2))];
        content = JSON.parse(part(4));
      }
    } catch (error) {}
    const made = header.date ? Date.parse(header.date) - performance.timeOrigin : null;
    return { channel, size, type: header.msg_type, id: header.msg_id, parent: parent.msg_id, made,
             state: content.execution_state, method: content.data && content.data.method };
  }
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) =>
        log.push({ at: performance.now(), way: "in", ...summary(event.data) }));
    }
    send(data) {
      log.push({ at: performance.now(), way: "out", ...summary(data) });
      return super.send(data);
    }
  };
})();
"""

# Armed just before the click: the page notes when the click happened and when the field the
# participant waits for is first painted (the first animation frame that shows it).
ARM_STEP_WATCH = """(placeholder) => {
  window.__atelierStep = { armed: performance.now() };
  document.addEventListener("click", () => {
    window.__atelierStep.click = window.__atelierStep.click || performance.now();
  }, { capture: true, once: true });
  const look = () => {
    const field = document.querySelector(`[placeholder="${CSS.escape(placeholder)}"]`);
    if (field && field.offsetParent !== null) {
      window.__atelierStep.painted = performance.now();
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
"""

# The step change cut in five (seconds, the page's clock; the kernel's messages say when it made
# them, on the same machine's clock): the click until the page sends it; until the kernel starts
# on it (the network, the Voilà server, the kernel finishing whatever it was doing and getting a
# core); the kernel's work until its last message before the paint; that message's way back
# through the server; from its arrival until the next step is painted (the browser).
STEP_SPLIT = ("browser sends", "to the kernel", "kernel", "back", "to the paint")

READ_STEP_SPLIT = """() => {
  const step = window.__atelierStep || {}, log = window.__atelierMessages || [];
  const after = log.filter((m) => m.at >= step.armed);
  const sent = after.find((m) => m.way === "out" && m.type === "comm_msg");
  if (!sent || step.painted === undefined) return null;
  const mine = after.filter((m) => m.way === "in" && m.parent === sent.id);
  const first = mine.find(() => true), idle = mine.find((m) => m.state === "idle");
  const until = after.filter((m) => m.way === "in" && m.at <= step.painted);
  const last = until.length ? until[until.length - 1].at : null;
  return {
    click: step.click, sent: sent.at, started: first ? first.made : null,
    idle: idle ? idle.made : null, last, painted: step.painted,
    last_made: until.length ? until[until.length - 1].made : null,
    // messages the kernel sent between the click and its start on it: it was busy elsewhere
    before_start: after.filter(
      (m) => m.way === "in" && m.at > sent.at && first && m.at < first.at).length,
    messages: until.length, bytes: until.reduce((sum, m) => sum + m.size, 0),
    comm_messages: until.filter((m) => m.type === "comm_msg" || m.type === "comm_open").length,
  };
}
"""


def step_split(seen: dict | None) -> dict[str, float]:
    """The page's notes on a step change as STEP_SPLIT's phases (seconds) and its counts."""
    if not seen or seen.get("started") is None or seen.get("last_made") is None:
        return {}
    click = seen["click"] if seen.get("click") is not None else seen["sent"]
    started = max(seen["sent"], seen["started"])
    made = max(started, seen["last_made"])
    marks = [click, seen["sent"], started, made, max(made, seen["last"]), seen["painted"]]
    split = {name: max(0.0, (b - a) / 1000) for name, a, b in
             zip(STEP_SPLIT, marks[:-1], marks[1:], strict=True)}  # fmt: skip
    if seen.get("idle") is not None:  # the kernel's whole work on the click, paint or not
        split["kernel until idle"] = max(0.0, (seen["idle"] - started) / 1000)
    split["click to paint"] = max(0.0, (seen["painted"] - click) / 1000)
    split |= {"busy elsewhere": seen["before_start"], "messages": seen["messages"],
              "comm messages": seen["comm_messages"], "kB": seen["bytes"] / 1000}  # fmt: skip
    return split


class RoomServer:
    """`atelier app --room --json` in its own process group, in a temporary workspace."""

    def __init__(self, folder: Path, max_kernels: int, participants: int = 2) -> None:
        atelier = Path(sys.executable).parent / "atelier"
        env = {**os.environ, "ATELIER_WORKSPACE_DIR": str(folder)}
        self.log = open(folder / "room.log", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [str(atelier), "app", "--room", "--json", "--port", str(free_port()),
             "--max-kernels", str(max_kernels), "--participants", str(participants)],
            stdout=subprocess.PIPE, stderr=self.log, env=env, text=True, start_new_session=True,
        )  # fmt: skip
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit("the room did not start: see " + self.log.name)
        self.info = json.loads(line)
        host = urlsplit(self.info["url"]).hostname
        if not any(host == a.address for addrs in psutil.net_if_addrs().values() for a in addrs):
            raise SystemExit(f"{host} is not an address of this machine: not benchmarking it")
        self._wait_ready()

    def _wait_ready(self, timeout: float = 90) -> None:
        import urllib.request

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.info["url"], timeout=5):
                    return
            except OSError:
                time.sleep(0.25)
        raise SystemExit("the room did not answer")

    def kernels(self) -> list[psutil.Process]:
        """The kernel processes the room runs now (pool included)."""
        try:
            children = psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []
        found = []
        for child in children:
            try:
                if any("ipykernel" in part for part in child.cmdline()):
                    found.append(child)
            except psutil.Error:
                pass
        return found

    def memory_mb(self) -> float:
        """Memory of the room (the command, the Voilà server, every kernel), in MB: each
        process's proportional share (PSS: a library page the kernels share counts once, split
        between them), or its resident memory where the share cannot be read."""
        total = 0
        try:
            root = psutil.Process(self.process.pid)
            processes = [root, *root.children(recursive=True)]
        except psutil.Error:
            return 0.0
        for process in processes:
            with contextlib.suppress(psutil.Error):
                full = process.memory_full_info()
                total += getattr(full, "pss", full.rss)
        return total / 2**20

    def resident_mb(self) -> float:
        """The room's resident memory (RSS, shared pages counted in every process), in MB."""
        total = 0
        with contextlib.suppress(psutil.Error):
            root = psutil.Process(self.process.pid)
            for process in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += process.memory_info().rss
        return total / 2**20

    def cpu_seconds(self) -> float:
        """CPU time used so far by the room: the command, the Voilà server, the kernels it runs
        now (pool included), and the processes already stopped and waited for (each process
        counted once: alive in its own times, stopped in its parent's children times)."""
        total = 0.0
        try:
            root = psutil.Process(self.process.pid)
            processes = [root, *root.children(recursive=True)]
        except psutil.Error:
            return total
        for process in processes:
            with contextlib.suppress(psutil.Error):
                times = process.cpu_times()
                total += times.user + times.system + times.children_user + times.children_system
        return total

    def own_cpu_seconds(self) -> float:
        """CPU time of the room's own processes (the command and the Voilà server), without
        their kernels, alive or stopped."""
        total = 0.0
        with contextlib.suppress(psutil.Error):
            root = psutil.Process(self.process.pid)
            kernels = {k.pid for k in self.kernels()}
            for process in [root, *root.children(recursive=True)]:
                if process.pid in kernels:
                    continue
                with contextlib.suppress(psutil.Error):
                    times = process.cpu_times()
                    total += times.user + times.system
        return total

    def cpu(self) -> CPU:
        """The CPU used so far, split: kernels, the room's own processes, the browsers."""
        own, everything = self.own_cpu_seconds(), self.cpu_seconds()
        return CPU(everything - own, own, browsers_cpu(self))

    def wait_quiet(self, kernels: int, timeout: float = 300) -> float:
        """Seconds until the room holds ``kernels`` kernels and uses almost no CPU for two
        seconds (its pool prepared), or ``timeout``."""
        start, calm = time.monotonic(), None
        last = self.cpu_seconds()
        while time.monotonic() - start < timeout:
            time.sleep(0.5)
            now = self.cpu_seconds()
            if len(self.kernels()) >= kernels and now - last < 0.05:
                calm = calm or time.monotonic()
                if time.monotonic() - calm >= 2:
                    break
            else:
                calm = None
            last = now
        return time.monotonic() - start

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


class Room:
    """What the participants of one wave share: how many got through, and when all did."""

    def __init__(self, count: int) -> None:
        self.count, self.through = count, 0
        self.peak_resident = 0.0
        self.everyone = asyncio.Event()

    def one_through(self) -> None:
        self.through += 1
        if self.through == self.count:
            self.everyone.set()


async def participant(
    browser, join_url: str, name: str, wave: Room, lang: str = "fr", cpu=None
) -> Run:
    """One participant: join with the code, open step 1, first actions, step 2; then stay
    until everyone got there (the room at its fullest), and close the tab. With ``cpu`` (a
    callable giving the CPU used so far), the CPU of each phase goes in ``run.phases``."""
    run = Run()
    marks: list[tuple[str, CPU]] = []

    def mark(name: str) -> None:
        if cpu is not None:
            marks.append((name, cpu()))

    context = await browser.new_context(
        locale=f"{lang}-FR", viewport={"width": 1280, "height": 900}
    )
    await context.add_init_script(WATCH_SOCKETS)
    page = await context.new_page()
    scripts: list = []  # what a laptop downloads at arrival, over the room's Wi-Fi
    page.on("requestfinished", lambda r: scripts.append(r) if r.resource_type == "script" else None)
    try:
        mark("")
        start = time.monotonic()
        await page.goto(join_url, wait_until="domcontentloaded")
        await page.get_by_role("link", name=t("app.start", lang)).click()
        first_name = page.get_by_placeholder(t("picker.first_name_placeholder", lang))
        quick_add = page.get_by_placeholder(t("mapping.quick_add.placeholder", lang)).first
        await first_name.wait_for(timeout=USABLE_TIMEOUT * 1000)
        await quick_add.wait_for(timeout=USABLE_TIMEOUT * 1000)
        run.usable = time.monotonic() - start
        mark("first screen")
        sizes = await asyncio.gather(*(r.sizes() for r in list(scripts)))
        run.script_mb = sum(size["responseBodySize"] for size in sizes) / 1e6
        await first_name.fill(name)
        await page.get_by_role("button", name=t("picker.create", lang)).click()
        await page.get_by_text(t("picker.opened", lang, title=name)).wait_for(timeout=60_000)
        await quick_add.fill("Ada Lovelace\nGrace Hopper")
        await page.get_by_role("button", name=t("mapping.quick_add.add", lang)).click()
        await page.get_by_text(t("mapping.quick_add.added", lang, count=2)).wait_for(timeout=60_000)
        await asyncio.sleep(2)  # reading the message, as a participant does
        mark("first actions")  # the background work after the first screen included
        waited = t("ask_steps.first.placeholder", lang)
        await page.evaluate(ARM_STEP_WATCH, waited)
        start = time.monotonic()
        await page.get_by_role("button", name=t("app.page.next", lang)).first.click()
        await page.get_by_placeholder(waited).wait_for(timeout=60_000)
        run.step_round_trip = time.monotonic() - start
        with contextlib.suppress(Exception):  # a figure missing, not a participant failed
            run.split = step_split(await page.evaluate(READ_STEP_SPLIT))
        run.step_change = run.split.get("click to paint")
        mark("step change")
        await asyncio.sleep(2)  # what the move leaves to do in the background
        mark("after the step change")
    except Exception as error:  # a participant who never got there is a figure, not a crash
        run.error = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
    run.phases = {name: now - before for (_, before), (name, now) in itertools.pairwise(marks)}
    wave.one_through()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(wave.everyone.wait(), USABLE_TIMEOUT)
    await context.close()  # the tab and its window closed: the page says it is leaving
    return run


def browsers_cpu(server: RoomServer) -> float:
    """CPU-seconds used so far by this benchmark's browsers (Playwright's driver and chromium:
    every process under this one but the room's), which a real room's laptops would spend."""
    total = 0.0
    room = {server.process.pid}
    with contextlib.suppress(psutil.Error):
        room |= {p.pid for p in psutil.Process(server.process.pid).children(recursive=True)}
    for process in psutil.Process().children(recursive=True):
        if process.pid in room:
            continue
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
    return total


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


async def wait_for_kernels(server: RoomServer, at_most: int, timeout: float) -> float:
    """Seconds until at most ``at_most`` kernels remain (or ``timeout``)."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if len(server.kernels()) <= at_most:
            break
        await asyncio.sleep(1)
    return time.monotonic() - start


async def crowd(browser, server: RoomServer, count: int, spread: float) -> tuple[list[Run], float]:
    """``count`` participants arriving evenly over ``spread`` seconds; the peak memory (MB),
    reached when they are all in the room."""
    join = server.info["url"] + "?code=" + server.info["room_code"]
    wave = Room(count)
    peak = server.memory_mb()
    wave.peak_resident = server.resident_mb()

    async def arrive(index: int) -> Run:
        await asyncio.sleep(spread * index / max(1, count - 1) if count > 1 else 0)
        # alone, the phases are measured (in a crowd they overlap)
        cpu = (lambda: server.cpu()) if count == 1 else None
        return await participant(browser, join, f"Personne{index:02d}", wave, cpu=cpu)

    async def watch_memory() -> None:
        nonlocal peak
        while not wave.everyone.is_set():
            peak = max(peak, server.memory_mb())
            wave.peak_resident = max(wave.peak_resident, server.resident_mb())
            await asyncio.sleep(1)
        peak = max(peak, server.memory_mb())
        wave.peak_resident = max(wave.peak_resident, server.resident_mb())

    watcher = asyncio.create_task(watch_memory())
    before = server.cpu()
    runs = await asyncio.gather(*(arrive(i) for i in range(count)))
    await watcher
    used = server.cpu() - before
    runs[0].browsers_cpu = used.browsers / count
    # the server's CPU for the wave, per participant (the browsers' own CPU not counted)
    runs[0].server_cpu = (used.kernels + used.server) / count
    runs[0].kernels_cpu = used.kernels / count
    runs[0].peak_resident = wave.peak_resident
    return list(runs), peak


def describe(label: str, runs: list[Run]) -> dict[str, float]:
    usable = [r.usable for r in runs if r.usable is not None]
    changes = [r.step_change for r in runs if r.step_change is not None]
    trips = [r.step_round_trip for r in runs if r.step_round_trip is not None]
    failed = [r.error for r in runs if r.error]
    figures = {
        "usable_median": statistics.median(usable) if usable else float("nan"),
        "usable_p95": percentile(usable, 0.95) if usable else float("nan"),
        "step_median": statistics.median(changes) if changes else float("nan"),
        "step_p95": percentile(changes, 0.95) if changes else float("nan"),
        "trip_median": statistics.median(trips) if trips else float("nan"),
        "trip_p95": percentile(trips, 0.95) if trips else float("nan"),
    }
    print(
        f"{label}: usable screen median {figures['usable_median']:.1f} s, "
        f"p95 {figures['usable_p95']:.1f} s; step change median {figures['step_median']:.2f} s, "
        f"p95 {figures['step_p95']:.2f} s (click to paint, the page's clock; Playwright's round "
        f"trip median {figures['trip_median']:.2f} s, p95 {figures['trip_p95']:.2f} s); "
        f"{len(failed)} of {len(runs)} did not finish"
    )
    for error in sorted(set(failed))[:5]:
        print("    ", error)
    print_split(runs)
    return figures


def print_split(runs: list[Run]) -> None:
    """Where the step change's time went, phase by phase (median and p95 over the runs), and
    what reached the page meanwhile."""
    splits = [r.split for r in runs if r.split]
    if not splits:
        print("  step change split: not seen by the page")
        return
    parts = []
    for name in ("click to paint", *STEP_SPLIT, "kernel until idle"):
        values = [s[name] for s in splits if name in s]
        parts.append(f"{name} {statistics.median(values):.2f}/{percentile(values, 0.95):.2f}")
    print(f"  step change split, median/p95 s ({len(splits)} seen): " + ", ".join(parts))
    names = ("messages", "comm messages", "kB", "busy elsewhere")
    counts = {n: statistics.median(s[n] for s in splits) for n in names}
    print(f"  until the paint (median): {counts['messages']:.0f} messages in "
          f"({counts['comm messages']:.0f} widget messages), {counts['kB']:.0f} kB; "
          f"{counts['busy elsewhere']:.0f} messages of other work before the kernel started on "
          f"the click")  # fmt: skip


def median_cpu(values: list[CPU]) -> CPU:
    """Each part's median."""
    if not values:
        return CPU()
    return CPU(*(statistics.median(getattr(v, part) for v in values) for part in
                 ("kernels", "server", "browsers")))  # fmt: skip


def print_phases(alone: list[Run]) -> dict[str, CPU]:
    """The CPU of each phase of one participant alone (median of the runs alone)."""
    names = list(alone[0].phases) if alone else []
    found = {n: median_cpu([r.phases[n] for r in alone if n in r.phases]) for n in names}
    print("CPU of one participant alone, phase by phase (median of the runs alone):")
    for name, used in found.items():
        print(f"  {name:<24} {used}")
    scripts = statistics.median(r.script_mb for r in alone) if alone else float("nan")
    print(f"JavaScript loaded before the first usable screen: {scripts:.2f} MB")
    return found


async def main_async(args: argparse.Namespace) -> None:
    from playwright.async_api import async_playwright

    folder = Path(tempfile.mkdtemp(prefix="bench-room-"))
    started = time.monotonic()
    # The room expects the crowd: it prepares a kernel for each before they arrive.
    server = RoomServer(folder, max_kernels=args.participants + 5, participants=args.participants)
    ready = max(2, args.participants)  # the pool it prepares (never fewer than its spares)
    load = os.getloadavg()
    print(
        f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)"
    )
    print(f"room at {server.info['url']} (this machine's address)")
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            # As before a session: the room prepares its pages while the trainer speaks.
            await asyncio.to_thread(server.wait_quiet, ready, args.prepare_timeout)
            prepared = time.monotonic() - started
            prepare_cpu = server.cpu_seconds()
            idle_kernels = len(server.kernels())
            idle_memory = server.memory_mb()
            print(f"idle room: {idle_kernels} kernels ready after {prepared:.0f} s "
                  f"({prepare_cpu:.0f} CPU-s ahead), {idle_memory:.0f} MB")  # fmt: skip

            # The server's first page and the browser's first load happen once a day, not once a
            # participant: one warm-up participant, not counted; then one alone, twice.
            await crowd(browser, server, 1, 0)
            await wait_for_kernels(server, idle_kernels, FREE_WAIT)
            alone, alone_peak = [], 0.0
            for _ in range(ALONE_RUNS):
                await asyncio.to_thread(server.wait_quiet, idle_kernels, 120)  # pool back
                runs_alone, peak_alone = await crowd(browser, server, 1, 0)
                alone += runs_alone
                alone_peak = max(alone_peak, peak_alone)
                await wait_for_kernels(server, idle_kernels, FREE_WAIT)
            alone_cpu = statistics.median(r.server_cpu for r in alone)
            base = describe("1 participant alone", alone)
            alone_phases = print_phases(alone)
            base_memory = max(1.0, alone_peak - idle_memory)

            await asyncio.to_thread(server.wait_quiet, idle_kernels, 180)  # pool full again
            runs, peak = await crowd(browser, server, args.participants, args.spread)
            closed = time.monotonic()
            crowd_cpu = runs[0].server_cpu
            many = describe(f"{args.participants} arriving within {args.spread:.0f} s", runs)
            freed_after = await wait_for_kernels(server, idle_kernels, FREE_WAIT)
            left = max(0, len(server.kernels()) - idle_kernels)
            await browser.close()
    finally:
        server.stop()
    per_participant = peak / args.participants  # the whole room, its pool included
    print(f"kernels left {time.monotonic() - closed:.0f} s after the last tab closed: {left} "
          f"(beyond the {idle_kernels} preheated; all gone after {freed_after:.0f} s)")  # fmt: skip
    print(f"memory (PSS): {base_memory:.0f} MB more for one participant; the room at its "
          f"fullest {peak:.0f} MB, {per_participant:.0f} MB a participant (idle room "
          f"{idle_memory:.0f} MB, {(peak - idle_memory) / args.participants:.0f} MB more each); "
          f"resident (RSS, shared pages counted in each process) at its fullest "
          f"{runs[0].peak_resident:.0f} MB, {runs[0].peak_resident / args.participants:.0f} MB "
          f"a participant")  # fmt: skip

    def ratio(key: str) -> str:
        return f"{many[key] / base[key]:.2f}" if base[key] == base[key] and base[key] else "n/a"

    first, change = alone_phases.get("first screen"), alone_phases.get("step change")
    if first and change:
        print(f"per participant alone: first screen {first}; step change {change}")
    crowd_kernels = runs[0].kernels_cpu
    print(f"per participant in the crowd: kernel {crowd_kernels:.2f} + server "
          f"{crowd_cpu - crowd_kernels:.2f} + browser {runs[0].browsers_cpu:.2f} "
          f"CPU-s")  # fmt: skip
    print(f"room CPU per participant (Voilà server and kernels: the page, first actions, step "
          f"change, refills; browsers apart): {alone_cpu:.1f} s alone, {crowd_cpu:.1f} s in the "
          f"crowd; the browsers on this machine took {runs[0].browsers_cpu:.1f} s more each, "
          f"which laptops would spend in a real room")  # fmt: skip
    print("ratios, crowd / alone:")
    print(f"  usable screen median x{ratio('usable_median')}, p95 x{ratio('usable_p95')}")
    print(f"  step change median x{ratio('step_median')}, p95 x{ratio('step_p95')} (Playwright's "
          f"round trip median x{ratio('trip_median')}, p95 x{ratio('trip_p95')})")  # fmt: skip
    print(f"  memory per participant x{per_participant / base_memory:.2f}")
    print(f"  room CPU per participant x{crowd_cpu / alone_cpu if alone_cpu else float('nan'):.2f}")
    print(f"targets: alone <= 3 s (got {base['usable_median']:.1f}); crowd p95 <= 15 s "
          f"(got {many['usable_p95']:.1f}); step change <= 1 s (got {many['step_p95']:.2f}, "
          f"round trip {many['trip_p95']:.2f}); "
          f"<= 200 MB each (got {per_participant:.0f}); 0 kernels left (got {left})")  # fmt: skip
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--participants", type=int, default=5)
    parser.add_argument("--spread", type=float, default=15.0, help="arrival window, seconds")
    parser.add_argument(
        "--prepare-timeout", type=float, default=300.0,
        help="seconds the room may take to prepare a kernel for each participant",
    )  # fmt: skip
    args = parser.parse_args()
    args.participants = max(1, min(MAX_PARTICIPANTS, args.participants))
    args.spread = max(0.0, min(300.0, args.spread))
    asyncio.run(asyncio.wait_for(main_async(args), timeout=30 * 60))


if __name__ == "__main__":
    main()
