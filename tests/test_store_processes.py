"""Real processes on one workspace: two writers at once, and a writer killed mid-write."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from toolkit.core.store import open_workspace

pytestmark = pytest.mark.slow

WRITER = textwrap.dedent(
    """
    import sys
    from toolkit.core.model import Contact
    from toolkit.core.store import open_workspace

    path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open_workspace(path) as workspace:
        for i in range(count):
            workspace.add_contacts([Contact(display_name=f"{tag} {i}")])
    print("done", flush=True)
    """
)

BULK_WRITER = textwrap.dedent(
    """
    import sys
    from toolkit.core.model import Contact
    from toolkit.core.store import open_workspace

    path, batch = sys.argv[1], int(sys.argv[2])
    with open_workspace(path) as workspace:
        for b in range(10_000):
            workspace.add_contacts(Contact(display_name=f"b{b} n{i}") for i in range(batch))
            print(b, flush=True)
    """
)


def _python(script, *args, **kwargs):
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"
    open_workspace(path, create=True).close()
    writers = [_python(WRITER, path, tag, 1000) for tag in ("left", "right")]
    outputs = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and out.strip() == "done"
    with open_workspace(path) as workspace:
        names = workspace.contacts()["display_name"]
    assert len(names) == 2000
    assert names.str.startswith("left ").sum() == names.str.startswith("right ").sum() == 1000
    assert names.is_unique


def test_a_process_killed_mid_write_leaves_every_committed_batch(tmp_path):
    path = tmp_path / "killed.sqlite"
    open_workspace(path, create=True).close()
    batch = 5000
    writer = _python(BULK_WRITER, path, batch)
    committed = -1
    deadline = time.monotonic() + 120
    while committed < 3 and time.monotonic() < deadline:  # let a few large batches commit
        committed = int(writer.stdout.readline())
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    with open_workspace(path) as workspace:
        assert workspace._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = workspace.count("contacts")
    # Whole batches only: every batch reported committed is there, a half-written one is not.
    assert contacts % batch == 0
    assert contacts >= (committed + 1) * batch
