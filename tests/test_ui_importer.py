"""The import screen, driven through its public methods exactly as its button does."""

import datetime as dt
from pathlib import Path

from toolkit.ui import ContactImporter

IMPORTS = Path(__file__).parent / "data" / "imports"


def upload(screen: ContactImporter, path: Path) -> None:
    data = path.read_bytes()
    screen._upload.value = (
        {"name": path.name, "type": "text/csv", "size": len(data), "content": memoryview(data),
         "last_modified": dt.datetime(2026, 9, 15, tzinfo=dt.UTC)},
    )  # fmt: skip


def test_importing_an_upload_saves_contacts_shows_the_report_and_refreshes(session):
    screen = ContactImporter(session)
    refreshed = []
    session.watch("test", lambda: refreshed.append(True))
    upload(screen, IMPORTS / "linkedin_excel_fr.csv")
    screen._import.click()
    assert session.workspace.count("contacts") == 4
    assert "4 nouveaux contacts, 0 fusionné, 0 ignoré." in screen._feedback.value
    assert "Ligne 7" in screen._report.value and "point-virgule" in screen._report.value
    assert screen._progress.layout.display == "none" and screen._progress.value == 100
    assert screen._upload.value == ()  # a second click cannot import the same file twice
    assert refreshed


def test_import_waits_for_the_uploaded_file(session):
    """« Importer » cannot be clicked until the file's bytes have reached the kernel (the upload
    button counts the file earlier, in the browser), and not again once it is imported."""
    screen = ContactImporter(session)
    assert screen._import.disabled
    assert "Choisir un fichier" in screen._import.tooltip
    upload(screen, IMPORTS / "linkedin_excel_fr.csv")
    assert not screen._import.disabled and screen._import.tooltip == ""
    screen._import.click()
    assert session.workspace.count("contacts") == 4
    assert screen._import.disabled  # the file was imported: nothing to import twice


def test_a_refused_file_can_be_tried_again(session):
    screen = ContactImporter(session)
    upload(screen, IMPORTS / "Invitations.csv")
    screen._import.click()
    assert not screen._import.disabled  # the choice is kept, another format may be picked


def test_no_file_chosen_is_a_gentle_message(session):
    screen = ContactImporter(session)
    assert screen.import_upload() is None
    assert "Choisir un fichier" in screen._feedback.value


def test_a_bad_file_shows_the_message_and_keeps_the_choice(session):
    screen = ContactImporter(session)
    upload(screen, IMPORTS / "Invitations.csv")
    screen._import.click()
    assert "Connections.csv" in screen._feedback.value
    assert "Traceback" not in screen._feedback.value
    assert screen._upload.value  # kept: the participant sees which file was refused
    assert session.workspace.count("contacts") == 0


def test_untrusted_names_are_shown_as_text(session):
    screen = ContactImporter(session)
    data = "First Name,Last Name,Company\n<img src=x onerror=alert(1)>,<script>x</script>,A\n"
    screen.import_bytes(data.encode(), "x.csv")
    assert session.workspace.contacts()["display_name"][0].startswith("<img")
    names = "<img src=x onerror=alert(1)> <script>x</script>"
    screen.import_bytes(f"First Name,Last Name\n{names}?,?\n".encode(), "y.csv")
    assert "<img" not in screen._report.value and "&lt;img" in screen._report.value


def test_jupyterlab_sends_widget_messages_to_the_kernels_main_thread():
    """JupyterLab sends widget messages to a kernel subshell (a second thread) by default once
    it is started; the workspace's SQLite connection belongs to the thread that opened it, so a
    click handled there read « n'a pas pu lire ou écrire l'espace » (seen in the browser test of
    the import once « Importer » waited for the file). The workshop's settings keep one thread."""
    import json

    from toolkit.cli import LAB_SETTINGS

    settings = json.loads((LAB_SETTINGS / "overrides.json").read_text(encoding="utf-8"))
    kernels = settings["@jupyterlab/apputils-extension:kernels-settings"]
    assert kernels["commsOverSubshells"] == "disabled"
