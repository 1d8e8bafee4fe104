"""Errors a participant can cause and understand: each carries a catalogue key, never raw jargon."""

from __future__ import annotations

from toolkit.i18n import t


class AtelierError(Exception):
    """A problem with the participant's input or files, explained in their language.

    ``key`` names the message in the i18n catalogue; ``params`` fill it.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str | None = None) -> str:
        """The explanation, in ``lang`` or the current language."""
        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(AtelierError):
    """A value typed by the participant is not acceptable (empty name, date in the future...)."""


class WorkspaceError(AtelierError):
    """The workspace file cannot be opened or written as asked."""
