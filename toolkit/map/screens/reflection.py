"""Three things I notice about my network, kept in the workspace."""

from __future__ import annotations

import json

import ipywidgets as widgets

from toolkit.core.errors import ValidationError
from toolkit.core.model import TEXT_LIMIT, clean_text
from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.i18n import t

NOTES = 3
META_KEY = "reflection"


class Reflection(Screen):
    """Three boxes; ``save`` keeps what is typed in the workspace, and the boxes show it again."""

    def __init__(self, session: Session) -> None:
        self._boxes = [
            widgets.Textarea(
                placeholder=t("mapping.reflection.placeholder", n=i + 1),
                rows=2,
                layout={"width": "40em"},
            )
            for i in range(NOTES)
        ]
        save = widgets.Button(description=t("mapping.reflection.save"), button_style="primary")
        self._feedback = Feedback()
        save.on_click(lambda _: self.save([box.value for box in self._boxes]))
        super().__init__(
            session, "reflection", [*self._boxes, save, self._feedback], self._feedback
        )
        self._workspace_changed()

    def save(self, notes: list[str]) -> bool:
        """Keep these notes (three at most) in the workspace."""

        def keep() -> bool:
            cleaned = [clean_text(n) for n in notes[:NOTES]]
            if any(len(note) > TEXT_LIMIT for note in cleaned):
                raise ValidationError("errors.too_long", field=t("fields.text"), limit=TEXT_LIMIT)
            self.session.workspace.set_meta({META_KEY: json.dumps(cleaned, ensure_ascii=False)})
            self._feedback.show(t("mapping.reflection.saved"))
            return True

        return bool(self.guarded(keep))

    def notes(self) -> list[str]:
        """The notes saved in the workspace."""
        try:
            saved = json.loads(self.session.workspace.get_meta(META_KEY, "[]"))
        except ValueError:
            saved = []
        return [str(n) for n in saved][:NOTES] + [""] * (NOTES - len(saved))

    def _workspace_changed(self) -> None:
        if self.session.workspace is not None:
            for box, note in zip(self._boxes, self.notes(), strict=True):
                box.value = note
