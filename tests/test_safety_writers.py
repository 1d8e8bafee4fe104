"""Two writers on one workspace, in real processes: nothing lost, nothing duplicated (#18).

Each test makes the race happen every time: the other writer is stopped at a known point
(after it has parsed its file, before it writes) with events shared between processes.
"""

import multiprocessing
import subprocess
import sys

import pytest

from toolkit.core.model import Contact
from toolkit.core.store import open_workspace

pytestmark = pytest.mark.slow

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
CONTEXT = multiprocessing.get_context("spawn")  # a fresh interpreter, as a second notebook is


def linkedin_file(path, count, start=0):
    """A LinkedIn export of ``count`` fictional people, each with their own profile address."""
    rows = (
        f"Prénom{i},Nom{i},https://www.linkedin.com/in/p{i},p{i}@exemple.invalid,"
        f"Société {i % 40},Poste {i % 7},07 Mar 2020\n"
        for i in range(start, start + count)
    )
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _import_pausing(workspace_path, file_path, parsed, go_on):
    """Import ``file_path``; once the file is read (progress 0.5), say so and wait for ``go_on``."""
    from toolkit.map.importers import import_file

    def progress(share):
        if share == 0.5:
            parsed.set()
            go_on.wait(60)

    with open_workspace(workspace_path) as workspace:
        import_file(file_path, workspace, progress=progress)


def test_two_imports_of_one_file_at_once_give_each_contact_once(tmp_path):
    workspace_path = tmp_path / "shared.sqlite"
    open_workspace(workspace_path, create=True).close()
    export = linkedin_file(tmp_path / "Connections.csv", 400)
    both_parsed = [CONTEXT.Event(), CONTEXT.Event()]
    go_on = CONTEXT.Event()
    importers = [
        CONTEXT.Process(target=_import_pausing, args=(workspace_path, export, parsed, go_on))
        for parsed in both_parsed
    ]
    for process in importers:
        process.start()
    for parsed in both_parsed:
        assert parsed.wait(120)  # both have read the file before either writes
    go_on.set()
    for process in importers:
        process.join(120)
        assert process.exitcode == 0
    with open_workspace(workspace_path) as workspace:
        contacts = workspace.contacts()
    assert len(contacts) == 400
    assert contacts["profile_url"].is_unique


def test_a_description_saved_during_an_import_is_kept(tmp_path):
    workspace_path = tmp_path / "shared.sqlite"
    with open_workspace(workspace_path, create=True) as workspace:
        [ana] = workspace.add_contacts(
            [Contact(display_name="Prénom0 Nom0", profile_url="https://www.linkedin.com/in/p0")]
        )
    # The export knows more about her (an e-mail, a company): the import updates her card.
    export = linkedin_file(tmp_path / "Connections.csv", 50)
    parsed, go_on = CONTEXT.Event(), CONTEXT.Event()
    importer = CONTEXT.Process(target=_import_pausing, args=(workspace_path, export, parsed, go_on))
    importer.start()
    assert parsed.wait(120)
    with open_workspace(workspace_path) as workspace:  # the describe form, meanwhile
        stored = workspace.contacts().set_index("id").loc[ana]
        workspace.update_contact(
            ana,
            Contact(display_name=stored["display_name"], profile_url=stored["profile_url"],
                    circle=2, knows_me="yes", how_met="Salon de l'emploi"),
        )  # fmt: skip
    go_on.set()
    importer.join(120)
    assert importer.exitcode == 0
    with open_workspace(workspace_path) as workspace:
        card = workspace.contacts().set_index("id").loc[ana]
    assert str(card["circle"]) == "2" and str(card["knows_me"]) == "yes"
    assert card["how_met"] == "Salon de l'emploi"
    assert card["email"] == "p0@exemple.invalid"  # and the import's news arrived too


def test_an_import_survives_a_describe_form_opened_before_it(tmp_path):
    pytest.importorskip("ipywidgets")
    from toolkit.core.session import Session
    from toolkit.map.screens.describe import Describer

    workspace_path = tmp_path / "shared.sqlite"
    with open_workspace(workspace_path, create=True) as workspace:
        [ana] = workspace.add_contacts(
            [Contact(display_name="Prénom0 Nom0", profile_url="https://www.linkedin.com/in/p0")]
        )
    session = Session()
    session.open(workspace_path)
    describer = Describer(session)
    describer.select(ana)  # the form shows her card: no e-mail yet
    export = linkedin_file(tmp_path / "Connections.csv", 20)
    done = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", "import", str(export),
         "--workspace", str(workspace_path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # The participant sets her circle in the form that was open all along, and saves.
    describer._fields["circle"].value = 1
    assert describer.save()
    card = session.workspace.contacts().set_index("id").loc[ana]
    session.workspace.close()
    assert str(card["circle"]) == "1"
    assert card["email"] == "p0@exemple.invalid"
    assert card["company"] == "Société 0"


def test_the_save_button_writes_only_what_the_participant_changed(tmp_path):
    """The button path: fields left as shown are not written back over another writer's."""
    pytest.importorskip("ipywidgets")
    from toolkit.core.session import Session
    from toolkit.map.screens.describe import Describer

    workspace_path = tmp_path / "shared.sqlite"
    with open_workspace(workspace_path, create=True) as workspace:
        [ana] = workspace.add_contacts([Contact(display_name="Ana", company="Ancienne")])
    session = Session()
    session.open(workspace_path)
    describer = Describer(session)
    describer.select(ana)
    other = subprocess.run(
        [sys.executable, "-c",
         "import sys\nfrom toolkit.core.store import open_workspace\n"
         "from toolkit.core.model import Contact\n"
         "with open_workspace(sys.argv[1]) as w:\n"
         "    w.update_contact(int(sys.argv[2]), Contact(display_name='Ana', company='Nouvelle'))",
         str(workspace_path), str(ana)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert other.returncode == 0, other.stderr
    describer._fields["circle"].value = 3
    describer.save()
    card = session.workspace.contacts().set_index("id").loc[ana]
    session.workspace.close()
    assert str(card["circle"]) == "3" and card["company"] == "Nouvelle"
