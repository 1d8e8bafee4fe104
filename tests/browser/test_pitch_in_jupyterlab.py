"""The pitch timer in a real browser: ipywidgets only (a hidden Play widget ticks in the page),
no script from the web, text-labelled buttons; the trio grid shows each group's rounds."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_welcome_in_jupyterlab import _open, _run_all_cells
from tests.conftest import real_page_errors
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_timer_counts_down_and_the_trio_grid_shows_rounds(page, workshop_server):
    _open(page, workshop_server, "fr/02_formuler_une_demande_precise.ipynb")
    panel = _run_all_cells(page)
    ready = t("pitch.timer.ready", "fr", seconds="30")
    expect(panel.get_by_text(ready)).to_be_visible(timeout=30_000)
    panel.get_by_role("button", name=t("pitch.timer.start", "fr"), exact=True).click()
    # Seconds pass in the browser: the sentence goes below 30, then the stop button holds it.
    left = re.compile(r"Il reste (2\d|1\d) s\.")
    expect(panel.get_by_text(left)).to_be_visible(timeout=15_000)
    panel.get_by_role("button", name=t("pitch.timer.stop", "fr"), exact=True).click()
    expect(panel.get_by_text(re.compile(r"Arrêté à \d+ s de la fin\."))).to_be_visible()
    bar = panel.locator(".widget-hprogress .progress-bar").first  # linked in the page
    assert bar.evaluate("el => parseFloat(el.style.width)") > 0
    panel.get_by_placeholder("Amina, Bruno, Chloé").fill("Amina, Bruno, Chloé")
    panel.get_by_role("button", name=t("pitch.trio.show", "fr")).click()
    expect(panel.get_by_text(t("pitch.trio.round", "fr", number=3))).to_be_visible(timeout=15_000)
    assert real_page_errors(page) == []
