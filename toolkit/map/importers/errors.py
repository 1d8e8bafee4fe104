"""The one error type an import raises: a file that cannot be read as contacts, and why."""

from __future__ import annotations

from toolkit.core.errors import AtelierError


class ImportFileError(AtelierError):
    """The file is not a contact export we can read; the message says what to do instead.

    Raised before anything is written, so the workspace stays exactly as it was.
    """
