"""Importing contacts in a real browser: the participant picks their LinkedIn export, imports it,
reads the report, and the health cards follow. Untrusted names stay text."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.test_welcome_in_jupyterlab import _open, _run_all_cells
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.i18n import plural, t
from toolkit.map.importers.report import upload_done

pytestmark = [pytest.mark.browser, pytest.mark.slow]
LINKEDIN = Path(__file__).parents[1] / "data" / "imports" / "linkedin_current.csv"


def _done(imported: int, merged: int, skipped: int) -> str:
    return upload_done(imported, merged, skipped, "fr")


def choose(page, panel, path: Path) -> None:
    """Pick a file as a participant does: the button opens the browser's file chooser. Then wait,
    as a participant sees it, for the button to count the file: until the browser has read it,
    a click on « Importer » reaches the kernel before the file does (seen under load)."""
    upload = panel.locator(".widget-upload")
    with page.expect_file_chooser() as chooser:
        upload.click()
    chooser.value.set_files(path)
    expect(upload).to_contain_text("(1)", timeout=30_000)
    # « Importer » is enabled once the file's bytes have reached the kernel.
    importing = panel.get_by_role("button", name=t("importers.upload.import", "fr"), exact=True)
    expect(importing).to_be_enabled(timeout=30_000)


def test_a_participant_imports_their_linkedin_connections(page, workshop_server, tmp_path):
    _open(page, workshop_server, "fr/01_cartographier_mon_reseau.ipynb")
    panel = _run_all_cells(page)
    panel.get_by_placeholder(t("picker.first_name_placeholder", "fr")).fill("Inès Import")
    panel.get_by_role("button", name=t("picker.create", "fr")).click()
    expect(panel.get_by_text(t("picker.opened", "fr", title="Inès Import"))).to_be_visible(
        timeout=30_000
    )

    choose(page, panel, LINKEDIN)
    panel.get_by_role("button", name=t("importers.upload.import", "fr"), exact=True).click()
    done = _done(imported=7, merged=0, skipped=1)
    expect(panel.get_by_text(done)).to_be_visible(timeout=30_000)
    expect(panel.get_by_text("Ligne 6 : ligne sans nom", exact=False)).to_be_visible()
    panel.locator(".jp-OutputArea-output").filter(has_text=done).screenshot(
        path=ARTIFACTS / "import-linkedin-fr.png"
    )
    strong = plural("health.capacity.n_people", 0, "fr")
    capacity = t("health.capacity.headline", "fr", strong=strong, undescribed=7)
    expect(panel.get_by_text(capacity)).to_be_visible(timeout=30_000)

    hostile = tmp_path / "contacts.csv"
    hostile.write_text(
        "First Name,Last Name,Company\n<img src=x onerror=alert(1)>,<script>alert(2)</script>,"
        "<b>Acme</b>\nTh?o,M??ller,X\n",
        encoding="utf-8",
    )
    choose(page, panel, hostile)
    panel.get_by_role("button", name=t("importers.upload.import", "fr"), exact=True).click()
    done = _done(imported=2, merged=0, skipped=0)
    expect(panel.get_by_text(done)).to_be_visible(timeout=30_000)
    expect(panel.get_by_text("« Th?o M??ller » contient des « ? »", exact=False)).to_be_visible()

    screen = panel.locator(".jp-OutputArea-output").filter(has_text=done)
    screen.screenshot(path=ARTIFACTS / "import-fr.png")
    assert real_page_errors(page) == []
    assert page.dialogs == []  # neither the <img onerror> nor the <script> name ran
