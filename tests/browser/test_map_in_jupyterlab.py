"""Step 1 in a real browser: a new participant adds people, describes one, and the page follows."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_welcome_in_jupyterlab import _open, _run_all_cells
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.i18n import plural, t

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_new_participant_maps_two_people(page, workshop_server):
    _open(page, workshop_server, "fr/01_cartographier_mon_reseau.ipynb")
    panel = _run_all_cells(page)
    expect(panel.locator(".jp-OutputArea-output[data-mime-type*='stderr']")).to_have_count(0)

    panel.get_by_placeholder(t("picker.first_name_placeholder", "fr")).fill("Zoé Navigateur")
    panel.get_by_role("button", name=t("picker.create", "fr")).click()
    expect(panel.get_by_text(t("picker.opened", "fr", title="Zoé Navigateur"))).to_be_visible(
        timeout=30_000
    )

    boxes = panel.get_by_placeholder(t("mapping.quick_add.placeholder", "fr"))
    boxes.first.fill("Ada Lovelace\n<img src=x onerror=alert(1)>")
    panel.get_by_role("button", name=t("mapping.quick_add.add", "fr")).click()
    expect(panel.get_by_text(t("mapping.quick_add.added", "fr", count=2))).to_be_visible()
    capacity = t(
        "health.capacity.headline",
        "fr",
        strong=plural("health.capacity.n_people", 0, "fr"),
        undescribed=2,
    )
    expect(panel.get_by_text(capacity)).to_be_visible(timeout=30_000)

    panel.get_by_role("button", name=t("mapping.describe.next", "fr")).click()
    circle = panel.get_by_label(
        t("fields.circle", "fr"), exact=True
    ).first  # the form, not the bulk list
    circle.select_option(label=t("enum.circle.1", "fr"))
    panel.get_by_role("button", name=t("mapping.describe.save", "fr"), exact=True).click()
    expect(
        panel.get_by_text(t("mapping.describe.saved", "fr", name="Ada Lovelace"))
    ).to_be_visible()
    capacity = t(
        "health.capacity.headline",
        "fr",
        strong=plural("health.capacity.n_people", 1, "fr"),
        undescribed=1,
    )
    expect(panel.get_by_text(capacity)).to_be_visible(timeout=30_000)

    page.screenshot(path=ARTIFACTS / "map-fr.png", full_page=True)
    assert real_page_errors(page) == []
    assert page.dialogs == []  # the <img onerror=alert(1)> name ran nothing
