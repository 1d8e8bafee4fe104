"""The step-3 notebook in a real browser: mark a follow-up done, download the calendar file."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.test_welcome_in_jupyterlab import _open, _run_all_cells
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_plan_runs_a_follow_up_is_done_and_the_calendar_downloads(page, workshop_server):
    _open(page, workshop_server, "fr/03_planifier_mes_relances.ipynb")
    panel = _run_all_cells(page)
    expect(panel.locator(".jp-OutputArea-output[data-mime-type*='stderr']")).to_have_count(0)
    expect(panel.get_by_text(t("followups.ui.this_week", "fr")).first).to_be_visible()
    expect(panel.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=30_000)

    panel.get_by_role("button", name=t("followups.ui.done", "fr"), exact=True).click()
    expect(panel.get_by_text("Relance faite avec")).to_be_visible(timeout=30_000)

    link = panel.locator("a[download='relances-cecile.ics']").last
    expect(link).to_be_visible(timeout=30_000)
    with page.expect_download() as download:
        link.click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR") and b"TZID=Europe/Paris" in data
    assert data.count(b"BEGIN:VEVENT") == 20
    page.screenshot(path=ARTIFACTS / "plan-fr.png", full_page=True)
    assert real_page_errors(page) == [] and page.dialogs == []
