"""App mode in Debian's chromium: at the review, a participant downloads their report and the
summary they choose to share, then everything, then erases it, without any code or file path."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.app.conftest import outside_requests, wait_until_every_cell_ran
from tests.conftest import ARTIFACTS, ROOT, real_page_errors
from toolkit.app.server import notebook_title
from toolkit.core.model import Ask, Circle, Contact
from toolkit.core.store import open_workspace
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]

STEP_4 = notebook_title(ROOT / "workshops" / "fr" / "04_bilan.ipynb")
NASTY = "<img src=x onerror=alert(1)>"
ASK = "Un conseil sur les audits <script>alert(2)</script>"
RENDER = 120_000  # first render runs the whole notebook in a new kernel


def _folders(app_server) -> set:
    app = app_server.workspace_dir / "app"
    return set(app_server.participant_folders()) if app.exists() else set()


def test_a_participant_downloads_their_report_and_their_summary(app_page, app_server, tmp_path):
    page = app_page
    before = _folders(app_server)
    page.goto(app_server.base, wait_until="domcontentloaded")
    page.get_by_role("link", name=STEP_4).click()
    wait_until_every_cell_ran(page)
    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).fill("Zoé Bilan")
    page.get_by_role("button", name=t("picker.create", "fr")).click(timeout=RENDER)
    expect(page.get_by_text(t("picker.opened", "fr", title="Zoé Bilan"))).to_be_visible(
        timeout=RENDER
    )
    (folder,) = _folders(app_server) - before
    with open_workspace(folder / "zoe-bilan.sqlite") as ws:  # what earlier steps would have saved
        (ada,) = ws.add_contacts([Contact(NASTY, circle=Circle(1))])
        ws.add_ask(Ask(ASK, ws.today(), ada, "vague", 30, {"domain": "Santé"}))
    page.reload(wait_until="domcontentloaded")
    wait_until_every_cell_ran(page)
    expect(page.get_by_text(t("picker.opened", "fr", title="Zoé Bilan"))).to_be_visible(
        timeout=RENDER
    )
    assert "ui.take_away" not in page.evaluate("document.body.innerText")  # no code shown

    page.get_by_role("button", name=t("takeaway.report.build", "fr")).click()
    link = page.get_by_role("link", name=re.compile(r"rapport-atelier-\d{4}-\d\d-\d\d\.html"))
    with page.expect_download() as report_download:
        link.click(timeout=60_000)
    report = tmp_path / report_download.value.suggested_filename
    report_download.value.save_as(report)
    text = report.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and "</html>" in text
    assert "Mon réseau — Zoé Bilan" in text and text.count("plotly.js v") == 1
    assert "Un conseil sur les audits &lt;script&gt;" in text and "<script>alert(2)" not in text

    page.get_by_role("checkbox", name=t("takeaway.share.share_ask", "fr")).check()
    # the ask's sector, picked from the fixed list (#18)
    sector = page.get_by_label(t("takeaway.share.sector", "fr"))
    expect(sector).to_have_value(t("cohort.sectors.sante", "fr"))
    page.get_by_label(t("takeaway.share.alias", "fr")).fill("Zozo")
    page.get_by_role("button", name=t("takeaway.share.preview", "fr")).click()
    expect(page.get_by_text(t("cohort.cli.shown_as", "fr", name="Zozo"))).to_be_visible()
    page.locator("pre").scroll_into_view_if_needed()  # Voilà scrolls inside its own panel
    page.screenshot(path=ARTIFACTS / "app-takeaway-fr.png", full_page=True)
    link = page.get_by_role("link", name=re.compile(r"resume-atelier-\d{4}-\d\d-\d\d\.json"))
    with page.expect_download() as summary_download:
        link.click()
    shared = summary_download.value.path().read_text(encoding="utf-8")
    summary = json.loads(shared)
    assert summary["alias"] == "Zozo" and summary["ring"] == {"ask": ASK, "sector": "sante"}
    assert summary["contacts"] == 1 and NASTY not in shared and "Zoé" not in shared
    expect(page.get_by_text(t("takeaway.readable.contacts", "fr"))).to_be_visible()  # a table
    page.get_by_text(t("takeaway.readable.raw", "fr")).click()  # the file itself, folded
    shown = page.locator("pre").inner_text()
    assert json.loads(shown) == summary  # the preview is what was downloaded

    assert page.locator("img[src='x']").count() == 0 and page.dialogs == []
    assert real_page_errors(page) == []
    assert outside_requests(page, app_server.base) == []

    # Everything, then erasure, from the same screen (#18): no command line in app mode.
    page.get_by_role("button", name=t("takeaway.data.export", "fr")).click()
    link = page.get_by_role("link", name=re.compile(r"export-atelier-\d{4}-\d\d-\d\d\.json"))
    with page.expect_download() as everything:
        link.click()
    data = json.loads(everything.value.path().read_text(encoding="utf-8"))
    assert [c["display_name"] for c in data["contacts"]] == [NASTY]
    page.get_by_role("checkbox", name=t("takeaway.data.confirm", "fr")).check()
    page.get_by_role("button", name=t("takeaway.data.erase", "fr")).click()
    erased = re.compile(r"Espace de travail «\sZoé Bilan\s» effacé")  # narrow spaces inside « »
    expect(page.get_by_text(erased)).to_be_visible()
    assert not (folder / "zoe-bilan.sqlite").exists() and not folder.exists()

    page.goto(report.as_uri())  # the downloaded report, opened offline, draws its charts
    page.wait_for_function("() => document.querySelectorAll('.main-svg').length >= 5")
    page.screenshot(path=ARTIFACTS / "app-takeaway-report-fr.png", full_page=True)
    assert page.dialogs == []
