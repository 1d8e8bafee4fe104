"""App mode in Debian's chromium: a participant imports an export holding two cards of one
person, merges them from the map step's screen, then undoes the merge."""

import time

import pytest
from playwright.sync_api import expect

from tests.app.conftest import outside_requests, wait_until_every_cell_ran
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.core.store import open_workspace
from toolkit.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow]

STEP_1 = "Étape 1 — Cartographier mon réseau"
RENDER = 120_000  # first render runs the whole notebook in a new kernel
# Fictional people: Hélène twice (the second card without accent, another e-mail, a position,
# no company), which the importer proposes as one person without merging them.
EXPORT = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Hélène,Dupont,,helene@example.org,Orvelle,,05 Jan 2024\n"
    "Helene,Dupont,,h.dupont@example.com,,Acheteuse,06 Feb 2025\n"
    "Bo,Chen,,,Acme,CTO,07 Mar 2025\n"
)


def _cards(app_server, count: int) -> list[dict]:
    """The participant's contacts as the workspace file holds them, read beside the browser
    (by another process, as a second notebook would), once there are ``count`` of them."""
    (path,) = (app_server.workspace_dir / "app").glob("*/fusion-test.sqlite")
    deadline = time.monotonic() + 30
    while True:
        with open_workspace(path) as ws:
            cards = ws.contacts().sort_values("id").to_dict("records")
        if len(cards) == count or time.monotonic() > deadline:
            return cards
        time.sleep(0.5)


def test_a_participant_merges_two_cards_of_one_person_and_undoes_it(app_page, app_server, tmp_path):
    page = app_page
    page.goto(app_server.base, wait_until="domcontentloaded")
    page.get_by_role("link", name=STEP_1).click()
    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).wait_for(timeout=RENDER)
    wait_until_every_cell_ran(page)
    page.get_by_placeholder(t("picker.first_name_placeholder", "fr")).fill("Fusion Test")
    page.get_by_role("button", name=t("picker.create", "fr")).click()
    expect(page.get_by_text(t("picker.opened", "fr", title="Fusion Test"))).to_be_visible(
        timeout=RENDER
    )
    export = tmp_path / "Connections.csv"
    export.write_text(EXPORT, encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        page.get_by_text(t("importers.upload.choose", "fr")).first.click()
    chooser.value.set_files(export)
    expect(page.get_by_text(t("importers.upload.choose", "fr") + " (1)")).to_be_visible(
        timeout=RENDER
    )
    importing = page.get_by_role("button", name=t("importers.upload.import", "fr"), exact=True)
    expect(importing).to_be_enabled(timeout=RENDER)  # once the file's bytes reached the kernel
    importing.click()
    merger = page.locator(".atelier-merge")
    pair = t("merge.pair", "fr", first="Hélène Dupont (Orvelle)", second="Helene Dupont")
    expect(merger.get_by_text(pair)).to_be_visible(timeout=RENDER)
    assert len(_cards(app_server, 3)) == 3
    page.screenshot(path=ARTIFACTS / "app-merge-proposed.png", full_page=True)

    merger.get_by_role("button", name=t("merge.action", "fr"), exact=True).click()
    done = t("merge.merged", "fr", first="Hélène Dupont", second="Helene Dupont")
    expect(merger.get_by_text(done)).to_be_visible(timeout=60_000)
    expect(merger.get_by_text(pair)).to_have_count(0)
    cards = _cards(app_server, 2)
    assert [c["display_name"] for c in cards] == ["Hélène Dupont", "Bo Chen"]
    helene = cards[0]  # one card with both cards' data
    assert (helene["company"], helene["position"], helene["email"]) == (
        "Orvelle", "Acheteuse", "helene@example.org")  # fmt: skip
    assert "h.dupont@example.com" in helene["notes"] and "Helene Dupont" in helene["notes"]
    page.screenshot(path=ARTIFACTS / "app-merge-merged.png", full_page=True)

    merger.get_by_role("button", name=t("merge.undo", "fr"), exact=True).click()
    undone = t("merge.undone", "fr", first="Hélène Dupont", second="Helene Dupont")
    expect(merger.get_by_text(undone)).to_be_visible(timeout=60_000)
    expect(merger.get_by_text(pair)).to_be_visible()  # proposed again
    cards = _cards(app_server, 3)
    assert [c["display_name"] for c in cards] == ["Hélène Dupont", "Helene Dupont", "Bo Chen"]
    assert (cards[0]["position"], cards[0]["notes"]) == ("", "")
    assert (cards[1]["email"], cards[1]["position"]) == ("h.dupont@example.com", "Acheteuse")
    page.screenshot(path=ARTIFACTS / "app-merge-undone.png", full_page=True)
    assert "Traceback" not in page.evaluate("document.body.innerText")
    assert real_page_errors(page) == []
    assert outside_requests(page, app_server.base) == []
