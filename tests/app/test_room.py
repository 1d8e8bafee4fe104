"""`atelier app --room` in Debian's chromium, on this machine's own network address.

The room listens on every interface; the browsers open the address the command prints (a
non-loopback address of this machine, never another host). One server for the module.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.app.conftest import AppServer, open_section, outside_requests
from tests.conftest import ARTIFACTS, free_port, real_page_errors
from toolkit.app import room as rooms
from toolkit.app.server import POOL_SIZE
from toolkit.cohort.summaries import count_line
from toolkit.i18n import t
from toolkit.ui.app_page import sections

WORKSHOPS = Path(__file__).resolve().parents[2] / "workshops"

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RENDER = 120_000  # a busy shared machine: the first render may wait for a kernel
FREE_WAIT = 90  # a closed tab gives its kernel back within this


class RoomServer:
    """The room in its own process group: its JSON line, its kernels, its folders."""

    def __init__(self, workspace_dir: Path, log_path: Path, *options: str) -> None:
        self.workspace_dir = workspace_dir
        if "--participants" not in options:  # a pool of two, as tests want: the room's spares
            options = (*options, "--participants", "2")
        self.cap = (
            int(options[options.index("--max-kernels") + 1]) if "--max-kernels" in options else 40
        )
        self._log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.log_path = log_path
        atelier = Path(sys.executable).parent / "atelier"
        env = {**os.environ, "ATELIER_WORKSPACE_DIR": str(workspace_dir)}
        env.pop("ATELIER_WORKSPACE", None)
        self.process = subprocess.Popen(
            [str(atelier), "app", "--room", "--json", "--port", str(free_port()), *options],
            stdout=subprocess.PIPE, stderr=self._log, env=env, text=True,
            start_new_session=True,
        )  # fmt: skip
        self.info = json.loads(self.process.stdout.readline() or "{}")
        assert set(self.info) == {"url", "room_code", "trainer_url", "trainer_code"}, self.log()
        self.url = self.info["url"]
        self.join = self.url + "?code=" + self.info["room_code"]
        self._wait_ready()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def _wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status("") == 200 and len(self.kernels()) >= min(POOL_SIZE, self.cap):
                return  # answering, and its preheated kernels ready as before a session
            time.sleep(0.5)
        raise AssertionError("the room did not start:\n" + self.log())

    def status(self, path: str, headers: dict | None = None) -> int:
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return 0

    kernels = AppServer.kernels

    def participant_kernels(self, expected: int, timeout: float = 30) -> int:
        """Kernels beyond the preheated pool, once the pool has refilled (or ``timeout``)."""
        deadline = time.monotonic() + timeout
        while True:
            found = len(self.kernels()) - POOL_SIZE
            if found == expected or time.monotonic() > deadline:
                return found
            time.sleep(1)

    def participant_folders(self) -> set[Path]:
        app = self.workspace_dir / "app"
        return {p for p in app.iterdir() if p.is_dir()} if app.is_dir() else set()

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.process.stdout.close()
        self._log.close()


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    ARTIFACTS.mkdir(exist_ok=True)
    server = RoomServer(tmp_path_factory.mktemp("room-ws"), ARTIFACTS / "room.log")
    yield server
    server.stop()


@pytest.fixture
def context(browser):
    """A participant's laptop: its own cookies."""
    new = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fr-FR")
    yield new
    new.close()


def _page(context):
    page = context.new_page()
    page.page_errors, page.requests_seen = [], []
    page.on("pageerror", lambda error: page.page_errors.append(error.message))
    page.on("request", lambda request: page.requests_seen.append(request.url))
    return page


def _join_step_1(page, room) -> None:
    page.goto(room.join, wait_until="domcontentloaded")
    page.get_by_role("link", name=t("app.start", "fr")).click()
    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).wait_for(timeout=RENDER)


def _create(page, name: str) -> None:
    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).fill(name)
    page.get_by_role("button", name=t("picker.create", "fr")).click()
    expect(page.get_by_text(t("picker.opened", "fr", title=name))).to_be_visible(timeout=RENDER)


def _step_title(page) -> str:
    return page.locator(".atelier-step-title").inner_text()


def test_the_room_is_served_on_this_machines_network_address(room):
    host = urlsplit(room.url).hostname
    assert host in rooms.room_addresses() and not host.startswith("127.")
    assert room.info["trainer_url"] == room.url + "trainer"
    assert room.status("", {"Host": "evil.example"}) == 421  # another name for this machine


def test_without_the_code_a_browser_gets_only_the_page_asking_for_it(context, room):
    before = len(room.kernels())
    page = _page(context)
    page.goto(room.url)
    expect(page.get_by_label(t("app.room.code_label", "fr"))).to_be_visible()
    assert page.locator("a[href*='voila']").count() == 0  # no step, no listing
    page.screenshot(path=ARTIFACTS / "room-gate.png", full_page=True)
    for path in ("voila/render/atelier.ipynb", "voila/static/voila.js", "api/kernels",
                 "voila/render/tableau.ipynb", "trainer/export"):  # fmt: skip
        assert page.request.get(room.url + path).status == 403, path
    page.get_by_label(t("app.room.code_label", "fr")).fill("AAAAAA")
    page.get_by_role("button", name=t("app.room.enter", "fr")).click()
    expect(page.get_by_text(t("app.room.wrong_code", "fr"))).to_be_visible()
    assert len(room.kernels()) == before  # nobody without the code ever got a kernel
    assert all(c["name"] != "atelier_participant" for c in context.cookies())


def test_a_participant_joins_with_the_code_and_walks_the_steps_in_one_kernel(context, room):
    before = room.participant_folders()
    page = _page(context)
    _join_step_1(page, room)
    shown = page.evaluate("document.body.innerText")
    for word in ("Maj + Entrée", "ui.quick_add", "import toolkit", ".ipynb"):
        assert word not in shown  # no code, no JupyterLab instruction, no file name
    assert t("picker.start_here", "fr") in shown  # not silently in a demo persona
    _create(page, "Zoé Salle")
    page.get_by_placeholder(t("mapping.quick_add.placeholder", "fr")).first.fill("Ada Lovelace")
    page.get_by_role("button", name=t("mapping.quick_add.add", "fr")).click()
    expect(page.get_by_text(t("mapping.quick_add.added", "fr", count=1))).to_be_visible()
    assert _step_title(page).startswith("Étape 1")
    for number in (2, 3, 4, 5):
        page.get_by_role("button", name=t("app.page.next", "fr")).click()
        # a step not made yet when clicked is made then: a while on a busy shared machine
        title = page.locator(".atelier-step-title")
        expect(title).to_contain_text(f"{number} sur 5", timeout=RENDER)
    page.get_by_role("button", name=t("app.page.back", "fr")).click()
    expect(page.locator(".atelier-step-title")).to_contain_text("4 sur 5", timeout=RENDER)
    page.screenshot(path=ARTIFACTS / "room-step4.png", full_page=True)
    assert page.get_by_role("link", name=t("app.page.home", "fr")).count() == 1
    assert room.participant_kernels(1) == 1  # every step, one kernel
    (mine,) = room.participant_folders() - before
    assert (mine / "zoe-salle.sqlite").is_file()
    second = _page(context)  # the same participant opens a second page: still one kernel
    second.goto(room.url + "voila/render/atelier.ipynb?step=3&lang=fr")
    expect(second.get_by_text(t("picker.opened", "fr", title="Zoé Salle"))).to_be_visible(
        timeout=RENDER
    )
    assert room.participant_kernels(1) == 1
    assert real_page_errors(page) == []
    assert outside_requests(page, room.url) == []  # nothing from the web


def _plotly_code_requested(page) -> list[str]:
    """The requests for plotly's renderer code (4.7 MB), beyond its small entry point."""
    return [
        url
        for url in page.requests_seen
        if "/jupyterlab-plotly/static/" in url and "remoteEntry" not in url and "style" not in url
    ]


def test_plotlys_renderer_is_loaded_when_a_chart_is_shown_and_the_chart_is_drawn(context, room):
    page = _page(context)
    _join_step_1(page, room)
    _create(page, "Chloé Carte")
    assert _plotly_code_requested(page) == []  # no chart on the first screen: not downloaded
    open_section(page, "6. Premier regard")
    page.wait_for_function(
        """(title) => {
            const plots = Array.from(document.querySelectorAll('.js-plotly-plot'));
            if (plots.length) plots[Math.floor(Date.now() / 300) % plots.length].scrollIntoView();
            return plots.some(d => d._fullLayout && d._fullLayout.title.text === title
                && d.querySelector('svg.main-svg'));  // drawn by plotly.js, from the figure
        }""",
        arg=t("charts.circle_sizes.title", "fr"),
        timeout=RENDER,
        polling=300,
    )
    assert len(_plotly_code_requested(page)) == 1  # once, when the first chart came
    assert real_page_errors(page) == []
    assert outside_requests(page, room.url) == []


def _read_aloud(page, words: str) -> tuple[str, bool | None]:
    """What chromium tells a screen reader of the button whose name holds ``words``: its
    name, and whether it says it is expanded (None: it says nothing of it)."""
    cdp = page.context.new_cdp_session(page)
    try:
        for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
            name = node.get("name", {}).get("value", "")
            if node.get("role", {}).get("value") == "button" and words in name:
                states = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
                return name, states.get("expanded")
    finally:
        cdp.detach()
    raise AssertionError(f"no button {words!r} in the accessibility tree")


def test_a_sections_heading_is_read_as_its_words_and_says_whether_it_is_open(context, room):
    step_1 = rooms.room_steps(WORKSHOPS, "fr")[0][1]
    heading = next(h for h, _ in sections(rooms.step_cells(WORKSHOPS / step_1)) if h[:2] == "3.")
    page = _page(context)
    _join_step_1(page, room)
    button = page.get_by_role("button", name=heading, exact=True)
    expect(button).to_have_attribute("aria-expanded", "false", timeout=RENDER)
    assert _read_aloud(page, heading) == (heading, False)  # no triangle read before it
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true", timeout=RENDER)
    assert _read_aloud(page, heading) == (heading, True)
    button.click()
    expect(button).to_have_attribute("aria-expanded", "false", timeout=RENDER)
    page.screenshot(path=ARTIFACTS / "room-sections.png", full_page=True)


def test_a_participant_cannot_open_the_trainers_pages(context, room):
    page = _page(context)
    page.goto(room.join)
    for path in ("trainer/qr", "trainer/guide", "trainer/export", "voila/render/tableau.ipynb"):
        assert page.request.get(room.url + path).status == 403, path
    page.goto(room.info["trainer_url"])
    expect(page.get_by_label(t("app.trainer.code_label", "fr"))).to_be_visible()
    assert room.info["trainer_code"] not in page.content()
    page.goto(room.info["trainer_url"] + "?code=" + room.info["room_code"])  # the room's code
    expect(page.get_by_text(t("app.room.wrong_code", "fr"))).to_be_visible()


def test_two_participants_never_see_each_others_data(browser, room):
    first = browser.new_context(locale="fr-FR")
    second = browser.new_context(locale="fr-FR")
    try:
        page = _page(first)
        _join_step_1(page, room)
        _create(page, "Inès Voisine")
        other = _page(second)
        _join_step_1(other, room)
        picker = other.get_by_label(t("picker.choose", "fr"))
        options = [o.replace("\xa0", " ") for o in picker.locator("option").all_inner_texts()]
        assert not any("Inès" in option for option in options)
        assert not any("Zoé" in option for option in options)
        key = {c["value"] for c in first.cookies() if c["name"] == "atelier_participant"}
        assert key and key.isdisjoint(
            c["value"] for c in second.cookies() if c["name"] == "atelier_participant"
        )
    finally:
        first.close()
        second.close()


def test_a_closed_tab_gives_its_kernel_back(browser, room):
    start = room.participant_kernels(0, timeout=FREE_WAIT)
    context = browser.new_context(locale="fr-FR")
    page = _page(context)
    _join_step_1(page, room)
    _create(page, "Léo Parti")  # the page is connected to its kernel
    assert room.participant_kernels(start + 1) == start + 1
    # The tab closed as a participant closes it: the page unloads and says goodbye (close code
    # 1001). Closing the whole context at once could kill the connection before that frame
    # left, under load, as a crashed browser does: that kernel waits for the idle timeout.
    page.close()
    closed = time.monotonic()
    context.close()
    assert room.participant_kernels(start, timeout=FREE_WAIT) == start
    assert time.monotonic() - closed < FREE_WAIT


def test_a_shared_summary_reaches_the_room_folder_and_the_dashboard(browser, context, room):
    page = _page(context)
    page.goto(room.join, wait_until="domcontentloaded")
    page.locator("ol.steps a").nth(3).click()  # the home page's steps: the review is the 4th
    picker = page.get_by_label(t("picker.choose", "fr"))
    picker.wait_for(timeout=RENDER)
    picker.select_option(label=t("personas.cecile.title", "fr"))
    opened = t("picker.opened", "fr", title=t("personas.cecile.title", "fr"))
    expect(page.get_by_text(opened)).to_be_visible(timeout=RENDER)
    open_section(page, "Ce que j'emporte")
    page.get_by_role("button", name=t("takeaway.share.preview", "fr")).click()
    expect(page.get_by_text(t("takeaway.readable.contacts", "fr"))).to_be_visible()
    page.get_by_role("button", name=t("takeaway.share.to_room", "fr")).click()
    expect(page.get_by_text(t("takeaway.share.sent", "fr"))).to_be_visible()
    page.screenshot(path=ARTIFACTS / "room-shared.png", full_page=True)
    shared = list((room.workspace_dir / "room" / "cohort").glob("*.json"))
    assert len(shared) == 1 and json.loads(shared[0].read_text())["format"] == "atelier-summary"

    trainer = browser.new_context(locale="fr-FR")
    try:
        console = _page(trainer)
        console.goto(room.info["trainer_url"] + "?code=" + room.info["trainer_code"])
        expect(console.get_by_text(t("app.trainer.export", "fr", count=1))).to_be_visible()
        console.screenshot(path=ARTIFACTS / "room-console.png", full_page=True)
        console.get_by_role("link", name=t("app.trainer.dashboard", "fr")).click()
        count = count_line(1, 1, "fr")
        expect(console.get_by_text(count)).to_be_visible(timeout=RENDER)
        console.screenshot(path=ARTIFACTS / "room-dashboard.png", full_page=True)
        download = console.request.get(room.url + "trainer/export")
        assert download.status == 200 and download.body()[:2] == b"PK"  # the folder, zipped
        console.goto(room.url + "trainer/qr")
        assert console.locator(".qr svg").count() == 1  # the page to project
        expect(console.get_by_text(room.info["room_code"])).to_be_visible()
        console.goto(room.url + "trainer/guide")
        expect(console.get_by_role("heading", name="Ouvrir la salle", exact=False)).to_be_visible()
        assert console.locator("script").count() == 0
    finally:
        trainer.close()


def test_an_upload_past_the_importers_limit_is_refused_by_the_page_before_it_is_sent(
    context, room, tmp_path
):
    page = _page(context)
    _join_step_1(page, room)
    _create(page, "Maëlle Import")
    open_section(page, "2.")  # the import
    big = tmp_path / "contacts.csv"  # past the importer's 50 MB and Tornado's 128 MiB limit
    with big.open("wb") as out:
        out.write(b"First Name,Last Name\n")
        out.truncate(140 * 2**20)
    choose = page.get_by_text(t("importers.upload.choose", "fr")).first
    with page.expect_file_chooser() as chooser:
        choose.click()
    chooser.value.set_files(big)
    refused = t("room_speed.upload_too_big", "fr", size=147, limit=50)
    expect(page.get_by_role("alert").get_by_text(refused)).to_be_visible(timeout=RENDER)
    expect(page.get_by_text(t("importers.upload.choose", "fr") + " (1)")).to_have_count(0)
    # Past the old websocket limit (10 MiB) and within the importer's: the importer reads it
    # (the page's connection is still there) and says what it found.
    junk = tmp_path / "junk.csv"
    with junk.open("wb") as out:
        out.write(b"First Name,Last Name\n")
        out.truncate(12 * 10**6)
    with page.expect_file_chooser() as chooser:
        choose.click()
    chooser.value.set_files(junk)
    expect(page.get_by_role("alert").get_by_text(refused)).to_have_count(0)
    chosen = page.get_by_text(t("importers.upload.choose", "fr") + " (1)")
    expect(chosen).to_be_visible(timeout=RENDER)
    importing = page.get_by_role("button", name=t("importers.upload.import", "fr"), exact=True)
    expect(importing).to_be_enabled(timeout=RENDER)  # once the 12 MB reached the kernel
    importing.click()
    unreadable = t("importers.errors.binary", "fr")
    expect(page.get_by_text(unreadable)).to_be_visible(timeout=RENDER)  # its words, not silence


def _joined_cookie(room) -> str:
    """A new participant's cookie, as the join address sets it (no browser needed)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.build_opener(NoRedirect).open(room.join, timeout=10)
    answer.value.close()
    (cookie,) = [c for c in answer.value.headers.get_all("Set-Cookie") if "participant" in c]
    return cookie.split(";")[0]


def test_past_the_cap_a_participant_gets_a_polite_page_not_a_kernel(tmp_path):
    small = RoomServer(tmp_path / "ws", ARTIFACTS / "room-cap.log", "--max-kernels", "1")
    try:
        page = small.url + "voila/render/atelier.ipynb"
        first = urllib.request.Request(page, headers={"Cookie": _joined_cookie(small)})
        with urllib.request.urlopen(first, timeout=120) as answer:
            assert answer.status == 200  # the first one has their page and its kernel
        second = urllib.request.Request(page, headers={"Cookie": _joined_cookie(small)})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(second, timeout=60)
        text = refused.value.read().decode("utf-8")
        assert refused.value.code == 503 and t("app.room.full_title", "fr") in text
        time.sleep(3)  # time for a refill, if the room wrongly started one
        # the first one's kernel only: none for the one past the cap, none prepared beyond it
        assert len(small.kernels()) == 1
    finally:
        small.stop()
