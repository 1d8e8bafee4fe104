"""Two processes on one workspace: a second open in this process must not lose later writes."""

import subprocess
import sys

import pytest

from toolkit.core.model import Contact
from toolkit.core.store import open_workspace

OTHER = "from toolkit.core.store import open_workspace; open_workspace({path!r}).close()"
COUNT = (
    "from toolkit.core.store import open_workspace; "
    "print(open_workspace({path!r}).count('contacts'))"
)


def _in_another_process(code: str, path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code.format(path=str(path))], capture_output=True, text=True,
        check=True, timeout=120,
    )  # fmt: skip
    return done.stdout.strip()


def test_a_write_after_another_open_here_reaches_the_other_processes(tmp_path):
    path = tmp_path / "shared.sqlite"
    with open_workspace(path, create=True) as workspace:
        workspace.add_contacts([Contact("Ana Lima")])
        # As the picker does to show a workspace's title: a second open of the same file here.
        open_workspace(path).close()
        _in_another_process(OTHER, path)  # e.g. the CLI, or another notebook, opened and left
        assert (tmp_path / "shared.sqlite-wal").exists()  # SQLite's log is still there...
        workspace.add_contacts([Contact("Bo Chen")])
        assert _in_another_process(COUNT, path) == "2"  # ...and the second write is seen
    with open_workspace(path) as workspace:
        assert workspace.count("contacts") == 2  # and kept once everything is closed


def test_checking_an_output_path_never_loses_a_held_workspace_s_writes(tmp_path):
    """An export or calendar pointed at the workspace itself (or its side files) is refused, and
    the check must not open that file here: its close would drop SQLite's locks on it."""
    from toolkit.core import workspaces

    path = tmp_path / "shared.sqlite"
    with open_workspace(path, create=True) as workspace:
        workspace.add_contacts([Contact("Ana Lima")])
        for output in (path, tmp_path / "shared.sqlite-wal", tmp_path / "shared.sqlite-shm"):
            assert workspaces.is_workspace_file(output)
        _in_another_process(OTHER, path)
        assert (tmp_path / "shared.sqlite-wal").exists()
        workspace.add_contacts([Contact("Bo Chen")])
        assert _in_another_process(COUNT, path) == "2"
    with open_workspace(path) as workspace:
        assert workspace.count("contacts") == 2


def test_importing_the_workspace_itself_is_refused_without_losing_its_writes(tmp_path):
    from toolkit.map.importers import ImportFileError, import_file

    path = tmp_path / "shared.sqlite"
    with open_workspace(path, create=True) as workspace:
        workspace.add_contacts([Contact("Ana Lima")])
        for source in (path, tmp_path / "shared.sqlite-shm"):
            with pytest.raises(ImportFileError) as refused:
                import_file(source, workspace)
            assert refused.value.key == "importers.errors.sqlite"
        _in_another_process(OTHER, path)
        workspace.add_contacts([Contact("Bo Chen")])
        assert _in_another_process(COUNT, path) == "2"
