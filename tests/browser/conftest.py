"""Every browser test starts as a first visit: no workspace remembered from a previous test."""

import pytest


@pytest.fixture(autouse=True)
def first_visit(workshop_server):
    (workshop_server.workspace_dir / ".last-choice.json").unlink(missing_ok=True)
