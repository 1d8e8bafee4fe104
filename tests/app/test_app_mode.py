"""App mode in Debian's chromium: forms and charts without code, one private folder a browser."""

import json
import time

import pytest
from playwright.sync_api import expect

from tests.app.conftest import AppServer, outside_requests, wait_until_every_cell_ran
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.core import workspaces
from toolkit.core.model import Channel, Direction, Interaction
from toolkit.core.store import open_workspace
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]

STEP_1 = {"fr": "Étape 1 — Cartographier mon réseau", "en": "Step 1 — Map my network"}
NASTY = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
RENDER = 120_000  # first render runs the whole notebook in a new kernel


def _charts(page) -> dict[str, list]:
    """Each chart on the page by title: the y values of its traces, and their hover texts."""
    return page.evaluate(
        """() => Object.fromEntries(Array.from(document.querySelectorAll('.js-plotly-plot'))
            .filter(d => d._fullData && d._fullLayout)
            .map(d => [d._fullLayout.title.text || '', d._fullData.map(tr => ({
                y: tr.y ? Array.from(tr.y) : [],
                hover: tr.hovertext ? Array.from(tr.hovertext) : []}))]))"""
    )


def _wait_for_circle_one(page, count: int, lang: str = "fr") -> None:
    """Wait until the circles chart shows ``count`` people in the first circle (charts are
    drawn once on screen: each output is scrolled into view in turn while waiting). On a
    timeout, what the page did show is saved beside the screenshots."""
    try:
        page.wait_for_function(
            """([title, count]) => {
                const outputs = document.querySelectorAll('.jp-OutputArea-output');
                outputs[Math.floor(Date.now() / 300) % outputs.length].scrollIntoView();
                return Array.from(document.querySelectorAll('.js-plotly-plot')).some(d =>
                    d._fullLayout && d._fullLayout.title.text === title
                    && d._fullData[0].y[0] === count);
            }""",
            arg=[t("charts.circle_sizes.title", lang), count],
            timeout=60_000,
            polling=300,
        )
    except Exception:
        page.screenshot(path=ARTIFACTS / f"app-circles-timeout-{lang}.png", full_page=True)
        shown = {
            "charts": _charts(page),
            "console": getattr(page, "console_seen", []),
            "text": page.evaluate("document.body.innerText"),
        }
        (ARTIFACTS / f"app-circles-timeout-{lang}.json").write_text(
            json.dumps(shown, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )
        raise


def _open_step_1(page, base: str, lang: str = "fr") -> None:
    page.goto(base if lang == "fr" else base + "?lang=" + lang, wait_until="domcontentloaded")
    page.get_by_role("link", name=STEP_1[lang]).click()
    page.get_by_placeholder(t("picker.first_name_placeholder", lang)).wait_for(timeout=RENDER)
    wait_until_every_cell_ran(page)


def test_a_participant_maps_people_and_finds_them_after_a_reload(app_page, app_server):
    page = app_page
    page.goto(app_server.base)
    # welcome, steps 1-3, review, interview, and the other language
    expect(page.get_by_role("link")).to_have_count(7)
    page.screenshot(path=ARTIFACTS / "app-home-fr.png", full_page=True)
    _open_step_1(page, app_server.base)
    shown = page.evaluate("document.body.innerText")
    assert "ui.quick_add" not in shown and "import toolkit" not in shown  # no code shown

    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).fill("Zoé Appli")
    page.get_by_role("button", name=t("picker.create", "fr")).click()
    expect(page.get_by_text(t("picker.opened", "fr", title="Zoé Appli"))).to_be_visible(
        timeout=RENDER
    )
    page.get_by_placeholder(t("mapping.quick_add.placeholder", "fr")).first.fill(
        f"Ada Lovelace\n{NASTY}"
    )
    page.get_by_role("button", name=t("mapping.quick_add.add", "fr")).click()
    expect(page.get_by_text(t("mapping.quick_add.added", "fr", count=2))).to_be_visible()

    for name in ("Ada Lovelace", NASTY):  # both into the first circle, through the form
        page.get_by_role("button", name=t("mapping.describe.next", "fr")).click()
        page.get_by_label(t("fields.circle", "fr"), exact=True).first.select_option(
            label=t("enum.circle.1", "fr")
        )
        page.get_by_role("button", name=t("mapping.describe.save", "fr"), exact=True).click()
        expect(page.get_by_text(t("mapping.describe.saved", "fr", name=name))).to_be_visible()
    _wait_for_circle_one(page, 2)  # the chart followed the form
    page.get_by_placeholder(t("mapping.reflection.placeholder", "fr", n=1)).fill(SCRIPT)
    page.get_by_role("button", name=t("mapping.reflection.save", "fr")).click()
    expect(page.get_by_text(t("mapping.reflection.saved", "fr"))).to_be_visible()
    page.screenshot(path=ARTIFACTS / "app-step1-filled.png", full_page=True)

    # Notes with a script tag, as an import could bring them: written beside the browser.
    (folder,) = app_server.participant_folders()
    with open_workspace(folder / "zoe-appli.sqlite") as ws:
        ada = int(ws.contacts().query("display_name == 'Ada Lovelace'")["id"].iloc[0])
        ws.add_interactions([Interaction(ada, ws.today(), Channel.PHONE, Direction.GAVE,
                                         notes=SCRIPT)])  # fmt: skip

    page.reload(wait_until="domcontentloaded")
    wait_until_every_cell_ran(page)
    expect(page.get_by_text(t("picker.opened", "fr", title="Zoé Appli"))).to_be_visible(
        timeout=RENDER
    )
    _wait_for_circle_one(page, 2)  # still there after the reload
    hovers = [h for trace in _charts(page)[t("charts.egogram.title", "fr")] for h in trace["hover"]]
    assert any("Ada Lovelace" in h for h in hovers)
    assert page.locator("option", has_text=NASTY).count() >= 1  # shown as text...
    assert any(NASTY in h or "&lt;img src=x" in h for h in hovers)
    assert page.locator("img[src='x']").count() == 0  # ...never as an element
    reflection = page.get_by_placeholder(t("mapping.reflection.placeholder", "fr", n=1))
    assert reflection.input_value() == SCRIPT  # the reflection came back as typed, as text
    assert page.locator("#rendered_cells script", has_text="alert(2)").count() == 0
    page.screenshot(path=ARTIFACTS / "app-step1-reloaded.png", full_page=True)
    assert page.dialogs == []  # no script ran
    assert real_page_errors(page) == []
    assert outside_requests(page, app_server.base) == []  # nothing fetched from the web


def test_another_browser_does_not_see_the_first_participant(browser, app_server):
    before = (
        set(app_server.participant_folders())
        if (app_server.workspace_dir / "app").exists()
        else set()
    )
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="fr-FR")
    try:
        page = context.new_page()
        _open_step_1(page, app_server.base)
        picker = page.get_by_label(t("picker.choose", "fr"))
        options = [o.replace("\xa0", " ") for o in picker.locator("option").all_inner_texts()]
        assert t("personas.cecile.title", "fr") in options
        assert not any("Zoé" in option for option in options)
        page_text = page.inner_text("body")
        page.screenshot(path=ARTIFACTS / "app-second-browser.png", full_page=True)
    finally:
        context.close()
    # Nobody lands silently in a demo persona: nothing is opened, nothing is written.
    assert t("picker.start_here", "fr") in page_text
    for mine in set(app_server.participant_folders()) - before:
        assert sorted(p.name for p in mine.rglob("*.sqlite")) == []


def test_a_notebook_without_the_cookie_gets_it_first(app_server):
    import urllib.request

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    url = app_server.base + "voila/render/fr/01_cartographier_mon_reseau.ipynb"
    with pytest.raises(urllib.error.HTTPError) as answer:
        opener.open(url, timeout=10)
    answer.value.close()
    assert answer.value.code == 302
    (cookie,) = [
        c for c in answer.value.headers.get_all("Set-Cookie") if c.startswith(workspaces.APP_COOKIE)
    ]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert answer.value.headers["Location"].endswith(
        "01_cartographier_mon_reseau.ipynb?atelier_again=1"
    )
    # Back with the cookie: one more hop to the clean address the participant will keep.
    request = urllib.request.Request(
        url + "?atelier_again=1", headers={"Cookie": cookie.split(";")[0]}
    )
    with pytest.raises(urllib.error.HTTPError) as again:
        opener.open(request, timeout=10)
    again.value.close()
    assert again.value.code == 302
    assert again.value.headers["Location"] == "/voila/render/fr/01_cartographier_mon_reseau.ipynb"


def test_an_english_speaking_participant_gets_every_word_in_english(app_page, app_server):
    page = app_page  # a browser of its own: a new participant key
    page.goto(app_server.base + "?lang=en")
    expect(page.get_by_role("link", name="Step 5 — The informational interview")).to_be_visible()
    assert t("app.intro", "en") in page.inner_text("body")
    page.screenshot(path=ARTIFACTS / "app-home-en.png", full_page=True)
    _open_step_1(page, app_server.base, "en")
    assert "atelier_again" not in page.url  # the address stays clean after the first visit

    page.get_by_placeholder(t("picker.first_name_placeholder", "en")).fill("Sam App")
    page.get_by_role("button", name=t("picker.create", "en")).click()
    expect(page.get_by_text(t("picker.opened", "en", title="Sam App"))).to_be_visible(
        timeout=RENDER
    )
    page.get_by_placeholder(t("mapping.quick_add.placeholder", "en")).first.fill("Grace Hopper")
    page.get_by_role("button", name=t("mapping.quick_add.add", "en")).click()
    expect(page.get_by_text(t("mapping.quick_add.added", "en", count=1))).to_be_visible()
    page.get_by_role("button", name=t("mapping.describe.next", "en")).click()
    page.get_by_label(t("fields.circle", "en"), exact=True).first.select_option(
        label=t("enum.circle.1", "en")
    )
    page.get_by_role("button", name=t("mapping.describe.save", "en"), exact=True).click()
    saved = t("mapping.describe.saved", "en", name="Grace Hopper")
    expect(page.get_by_text(saved)).to_be_visible()
    _wait_for_circle_one(page, 1, "en")
    page.screenshot(path=ARTIFACTS / "app-step1-en.png", full_page=True)

    shown = page.inner_text("body")
    french_only = [
        t(key, "fr")
        for key in ("picker.create", "mapping.quick_add.add", "mapping.describe.save")
        if t(key, "fr") != t(key, "en")
    ]
    assert french_only and not [text for text in french_only if text in shown]
    page.reload(wait_until="domcontentloaded")
    wait_until_every_cell_ran(page)
    expect(page.get_by_text(t("picker.opened", "en", title="Sam App"))).to_be_visible(
        timeout=RENDER
    )
    _wait_for_circle_one(page, 1, "en")  # kept, in English, after a reload
    assert real_page_errors(page) == [] and page.dialogs == []
    assert outside_requests(page, app_server.base) == []


def test_a_kernel_left_without_its_browser_is_stopped_and_an_open_page_keeps_its_own(
    browser, tmp_path
):
    server = AppServer(tmp_path / "ws", ARTIFACTS / "app-idle.log", "--idle-minutes", "0.1")
    try:
        kept = browser.new_context()
        _open_step_1(kept.new_page(), server.base)
        left = browser.new_context()
        _open_step_1(left.new_page(), server.base)
        assert len(server.kernels()) == 2
        left.close()  # like a laptop going to sleep: no goodbye from the page
        deadline = time.monotonic() + 60
        while len(server.kernels()) > 1 and time.monotonic() < deadline:
            time.sleep(1)
        time.sleep(8)  # longer than the idle time: the page still open must keep its kernel
        assert len(server.kernels()) == 1
        kept.close()
    finally:
        server.stop()
