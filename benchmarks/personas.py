"""Shared by the benchmark scripts: a session on a fresh demo persona, as a notebook opens it."""

from pathlib import Path

from toolkit import demo
from toolkit.core.session import Session


def demo_session(persona: str, folder: str | Path) -> Session:
    """A session on a new copy of ``persona`` (marc: 1,000 contacts) made in ``folder``."""
    session = Session()
    session.open(demo.create_persona(persona, Path(folder) / f"{persona}.sqlite").path)
    return session
