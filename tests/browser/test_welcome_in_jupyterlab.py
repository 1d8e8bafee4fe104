"""A first visit in a real browser: run the welcome notebook, then switch persona."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.core.store import open_workspace
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _menu(page, menu, item):
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


def workspaces_in(server):
    return server.workspace_dir


def _open(page, server, notebook):
    # `reset` starts from a clean layout: JupyterLab would otherwise reopen earlier tabs.
    page.goto(f"{server.base}/lab/tree/{notebook}?reset&token={server.token}")


def _run_all_cells(page):
    """What a participant does: open the notebook, run every cell, wait for the last one."""
    panel = page.locator(".jp-NotebookPanel:visible")
    panel.locator(".jp-Cell").first.wait_for(timeout=90_000)
    expect(page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(
        1, timeout=90_000
    )
    panel.locator(".jp-Cell").first.click()  # the notebook must have focus for its commands
    # Clear the stored outputs first, so that new ones prove the cells ran in this browser.
    _menu(page, "Edit", "Clear Outputs of All Cells")
    expect(panel.locator(".jp-OutputArea-output")).to_have_count(0)
    _menu(page, "Run", "Run All Cells")
    last_code_cell = panel.locator(".jp-CodeCell").last
    expect(last_code_cell.locator(".jp-OutputArea-output")).not_to_have_count(0, timeout=120_000)
    expect(panel.locator(".jp-InputPrompt", has_text="[*]")).to_have_count(0, timeout=60_000)
    return panel


@pytest.mark.parametrize(
    ("lang", "notebook"), [("fr", "fr/00_bienvenue.ipynb"), ("en", "en/00_welcome.ipynb")]
)
def test_the_welcome_notebook_runs_top_to_bottom(page, workshop_server, lang, notebook):
    _open(page, workshop_server, notebook)
    panel = _run_all_cells(page)
    expect(panel.locator(".jp-OutputArea-output[data-mime-type*='stderr']")).to_have_count(0)
    expect(panel.locator(".jp-RenderedText", has_text="Traceback")).to_have_count(0)
    expect(panel.locator(".widget-dropdown select")).to_be_visible()
    title = t("personas.cecile.title", lang)
    expect(panel.get_by_text(t("summary.heading", lang, title=title))).to_be_visible()
    expect(panel.locator(".js-plotly-plot .bars .point")).to_have_count(5, timeout=30_000)
    # Offline rooms: JupyterLab asks nothing about fetching news from the web.
    expect(page.get_by_text("get notified about official Jupyter news")).to_have_count(0)
    page.screenshot(path=ARTIFACTS / f"welcome-{lang}.png", full_page=True)
    assert real_page_errors(page) == []


def test_choosing_another_persona_updates_the_summary_and_chart_in_place(page, workshop_server):
    _open(page, workshop_server, "fr/00_bienvenue.ipynb")
    panel = _run_all_cells(page)
    panel.locator(".widget-dropdown select").select_option(label=t("personas.marc.title", "fr"))
    marc = t("summary.heading", "fr", title=t("personas.marc.title", "fr"))
    expect(panel.get_by_text(marc)).to_be_visible(timeout=60_000)
    # \s: French has a narrow no-break space before ":"
    expect(panel.get_by_text(re.compile(r"^Contacts\s:\s\d{3,}"))).to_be_visible()
    with open_workspace(workspaces_in(workshop_server) / "demo" / "marc.sqlite") as marc_ws:
        undescribed = int(marc_ws.contacts()["circle"].isna().sum())
    marc_note = t("charts.circle_sizes.undescribed", "fr", count=undescribed)
    expect(panel.locator(".js-plotly-plot").get_by_text(marc_note)).to_be_visible(timeout=30_000)
    page.screenshot(path=ARTIFACTS / "welcome-switched-to-marc.png", full_page=True)
    assert real_page_errors(page) == []
