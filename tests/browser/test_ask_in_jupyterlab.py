"""Step 2 in a real browser: the checker's verdict follows what the participant types (once
typing pauses), the first attempt is checked, and a saved ask updates who can help and drafts."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_welcome_in_jupyterlab import _open, _run_all_cells
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_typing_the_niche_turns_a_vague_draft_precise(page, workshop_server):
    _open(page, workshop_server, "fr/02_formuler_une_demande_precise.ipynb")
    panel = _run_all_cells(page)
    expect(panel.locator(".jp-OutputArea-output[data-mime-type*='stderr']")).to_have_count(0)
    vague = f"{t('asks.verdict.vague', 'fr')} — "
    expect(panel.get_by_text(vague)).to_have_count(1)  # the builder's empty draft
    first = panel.get_by_placeholder(t("ask_steps.first.placeholder", "fr"))
    first.fill("Si vous entendez parler d'un poste quelque part, pensez à moi.")
    expect(panel.get_by_text(vague)).to_have_count(2, timeout=30_000)  # checked after a pause
    panel.get_by_placeholder(t("asks.builder.hints.domain", "fr")).fill("la vente dans le luxe")
    niche = panel.get_by_placeholder(t("asks.builder.hints.niche", "fr"))
    niche.fill("les parfums pour femmes")
    niche.press("Enter")
    expect(panel.get_by_text(f"{t('asks.verdict.precise', 'fr')} — ")).to_be_visible(timeout=30_000)
    draft = "".join(  # no greeting: the drafts greet whoever the ask is sent to
        (
            "Je cherche quelqu'un qui pourrait me donner des conseils sur la vente dans ",
            "le luxe, en particulier les parfums pour femmes.",
        )
    )
    expect(panel.locator("textarea").nth(1)).to_have_value(draft)
    panel.get_by_role("button", name=t("asks.builder.save", "fr")).click()
    # The finder and the drafts follow the newly saved ask.
    expect(panel.get_by_text(f"« {draft} »")).to_be_visible(timeout=30_000)
    expect(panel.locator("textarea").nth(3)).to_have_value(
        "Bonjour,\nJe cherche quelqu'un qui pourrait me donner des conseils sur la vente dans le "
        "luxe, en particulier les parfums pour femmes. Merci\u202f! "
        "Je vous dirai ce qu'il en sort.",
        timeout=30_000,
    )
    page.screenshot(path=ARTIFACTS / "ask-fr.png", full_page=True)
    assert real_page_errors(page) == []
