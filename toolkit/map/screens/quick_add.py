"""Quick add: memory prompts answered by typing names, one per line."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.model import validate_contact
from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.contacts import MEMORY_PROMPTS, likely_duplicates, parse_names


class QuickAdd(widgets.VBox):
    """One box per memory prompt; ``add_names`` is what the button calls.

    Likely duplicates are shown before anything is saved; the participant removes them or
    confirms. What was typed stays in the boxes until it is saved.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._boxes = {
            key: widgets.Textarea(
                placeholder=t("mapping.quick_add.placeholder"), layout={"width": "30em"}, rows=4
            )
            for key in MEMORY_PROMPTS
        }
        self._add = widgets.Button(description=t("mapping.quick_add.add"), button_style="primary")
        self._confirm = widgets.Button(
            description=t("mapping.quick_add.add_anyway"), layout={"display": "none"}
        )
        self._feedback = Feedback()
        self._add.on_click(lambda _: self.add_names(self._typed()))
        self._confirm.on_click(lambda _: self.add_names(self._typed(), confirm_duplicates=True))
        prompts = [
            widgets.VBox([widgets.HTML(f"<b>{html.escape(t(f'mapping.prompts.{key}'))}</b>"), box])
            for key, box in self._boxes.items()
        ]
        super().__init__(
            [
                widgets.GridBox(prompts, layout={"grid_template_columns": "repeat(2, 32em)"}),
                widgets.HBox([self._add, self._confirm]),
                self._feedback,
            ]
        )

    def _typed(self) -> str:
        return "\n".join(box.value for box in self._boxes.values())

    def add_names(self, text: str, confirm_duplicates: bool = False) -> list[int]:
        """Add the people named in ``text`` (one per line); their ids, or [] if nothing saved."""
        return self._feedback.guarded(lambda: self._add_names(text, confirm_duplicates)) or []

    def _add_names(self, text: str, confirm_duplicates: bool) -> list[int]:
        workspace = self.session.workspace
        names = parse_names(text)
        if not names:
            self._feedback.show(t("mapping.quick_add.nothing"), "warning")
            return []
        contacts = [
            validate_contact({"display_name": n, "added_on": workspace.today()}) for n in names
        ]
        doubtful = likely_duplicates(names, workspace.contacts())
        if doubtful and not confirm_duplicates:
            listed = "; ".join(f"{new} ≈ {', '.join(old)}" for new, old in doubtful.items())
            self._feedback.show(t("mapping.quick_add.duplicates", names=listed), "warning")
            self._confirm.layout.display = None
            return []
        ids = workspace.add_contacts(contacts)
        for box in self._boxes.values():
            box.value = ""
        self._confirm.layout.display = "none"
        self._feedback.show(t("mapping.quick_add.added", count=len(ids)))
        self.session.changed()
        return ids
