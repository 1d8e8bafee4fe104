"""The review notebook in a real browser: the four questions, the charts, saving a snapshot,
downloading the report."""

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.test_welcome_in_jupyterlab import _open, _run_all_cells
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.i18n import day_text, t

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_review_runs_and_a_saved_snapshot_shows_in_the_table(page, workshop_server):
    _open(page, workshop_server, "fr/04_bilan.ipynb")
    panel = _run_all_cells(page)
    expect(panel.locator(".jp-OutputArea-output[data-mime-type*='stderr']")).to_have_count(0)
    for key in ("think_of_me", "know_me", "want_to_help", "know_how_to_help"):
        expect(panel.locator("h4", has_text=t(f"health.{key}.title", "fr"))).to_be_visible()
    expect(panel.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30_000)
    assert panel.locator(".js-plotly-plot").count() >= 7
    expect(panel.get_by_text("avant l'atelier")).to_be_visible()
    page.screenshot(path=ARTIFACTS / "review-fr.png", full_page=True)

    panel.get_by_placeholder(t("ui.snapshot.placeholder", "fr")).fill("fin de la séance 3")
    panel.get_by_role("button", name=t("ui.snapshot.save", "fr")).click()
    heading = f"fin de la séance 3 ({day_text(date(2026, 9, 15), 'd MMMM y', 'fr')})"
    expect(panel.get_by_text(heading)).to_be_visible(timeout=30_000)
    assert real_page_errors(page) == []

    # The report arrives as a download from the screen itself, as in app mode.
    panel.get_by_role("button", name=t("takeaway.report.build", "fr")).click()
    with page.expect_download() as download:
        panel.locator("a[download^='rapport-atelier-']").click(timeout=60_000)
    report = Path(download.value.path()).read_text(encoding="utf-8")
    assert t("report.title", "fr", title=t("personas.cecile.title", "fr")) in report
    assert report.count("plotly.js v") == 1
    assert real_page_errors(page) == []
