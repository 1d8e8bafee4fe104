"""The step-5 notebook in a real browser: prepare, save, debrief; the pipeline chart follows."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_welcome_in_jupyterlab import _open, _run_all_cells
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _dropdown(panel, description):
    return panel.locator(f'.widget-dropdown:has(label:text-is("{description}")) select').first


def _textarea(panel, description):
    return panel.locator(f'.widget-textarea:has(label:text-is("{description}")) textarea').first


def test_prepare_then_debrief_an_interview_in_jupyterlab(page, workshop_server):
    _open(page, workshop_server, "fr/05_entretien_reseau.ipynb")
    panel = _run_all_cells(page)
    expect(panel.locator(".jp-OutputArea-output[data-mime-type*='stderr']")).to_have_count(0)
    expect(panel.get_by_text(t("charts.pipeline.empty", "fr")).first).to_be_visible(timeout=30_000)

    contact = _dropdown(panel, t("interviews.fields.contact", "fr"))
    contact.select_option(index=1)
    expect(_textarea(panel, t("interviews.fields.why", "fr"))).to_have_value(
        "Je vous ai demandé ce rendez-vous pour avoir vos conseils, pas pour un poste.",
        timeout=30_000,
    )
    panel.get_by_role("button", name=t("interviews.buttons.sheet", "fr")).click()
    expect(panel.get_by_text(t("interviews.sheet_link", "fr"))).to_be_visible(timeout=30_000)
    panel.get_by_role("button", name=t("interviews.buttons.save", "fr")).click()
    expect(panel.get_by_text("enregistré : demandé le mardi 15 septembre 2026")).to_be_visible(
        timeout=30_000
    )

    _textarea(panel, t("interviews.fields.learned", "fr")).fill("Les labels communs")
    names = _textarea(panel, t("interviews.fields.names", "fr"))
    names.fill("Inès Marchand — Coop\n<img src=x onerror=alert(1)>")
    _textarea(panel, t("interviews.fields.give_back", "fr")).fill("Un article")
    panel.get_by_role("button", name=t("interviews.buttons.debrief", "fr")).click()
    expect(panel.get_by_text("Compte rendu enregistré : 2 nouveaux contacts")).to_be_visible(
        timeout=30_000
    )
    # the pipeline and the referral tree follow the workspace: the empty states are gone
    expect(panel.get_by_text(t("charts.pipeline.empty", "fr"))).to_have_count(0, timeout=30_000)
    stage = panel.locator(".js-plotly-plot text", has_text=t("interviews.stages.names", "fr"))
    expect(stage.first).to_be_attached(timeout=30_000)
    page.screenshot(path=ARTIFACTS / "interview-fr.png", full_page=True)
    assert real_page_errors(page) == [] and page.dialogs == []
