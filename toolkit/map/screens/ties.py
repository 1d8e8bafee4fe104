"""Who knows whom among my contacts: needed to reach someone through someone (P9)."""

from __future__ import annotations

import itertools

import ipywidgets as widgets

from toolkit.core.errors import ValidationError
from toolkit.core.model import Tie
from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.contacts import contact_choices, filter_contacts


class TieEditor(Screen):
    """Choose a few contacts, then mark that they all know each other (or forget a tie)."""

    def __init__(self, session: Session) -> None:
        self._search = widgets.Text(placeholder=t("mapping.describe.search"))
        self._chosen = widgets.SelectMultiple(rows=8, layout={"width": "32em"})
        mark = widgets.Button(description=t("mapping.ties.mark"), button_style="primary")
        unmark = widgets.Button(description=t("mapping.ties.unmark"))
        self._known = widgets.HTML()
        self._feedback = Feedback()
        mark.on_click(lambda _: self.mark_ties(list(self._chosen.value)))
        unmark.on_click(lambda _: self.unmark_ties(list(self._chosen.value)))
        self._search.observe(lambda _: self._workspace_changed(), names="value")
        super().__init__(
            session,
            "ties",
            [self._search, self._chosen, widgets.HBox([mark, unmark]), self._feedback, self._known],
            self._feedback,
        )
        self._workspace_changed()

    def mark_ties(self, contact_ids: list[int]) -> int:
        """Note that every two of these contacts know each other; how many ties are new."""
        return self.guarded(lambda: self._change(contact_ids, add=True)) or 0

    def unmark_ties(self, contact_ids: list[int]) -> int:
        """Forget the ties among these contacts; how many were removed."""
        return self.guarded(lambda: self._change(contact_ids, add=False)) or 0

    def _change(self, contact_ids: list[int], add: bool) -> int:
        if len(set(contact_ids)) < 2:
            raise ValidationError("mapping.ties.choose_two")
        pairs = [Tie(a, b) for a, b in itertools.combinations(sorted(set(contact_ids)), 2)]
        workspace = self.session.workspace
        changed = workspace.add_ties(pairs) if add else workspace.remove_ties(pairs)
        key = "mapping.ties.marked" if add else "mapping.ties.unmarked"
        self._feedback.show(t(key, count=changed))
        self.session.changed()
        return changed

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        contacts = filter_contacts(workspace.contacts(), "all", self._search.value)
        chosen = set(self._chosen.value)
        self._chosen.options = contact_choices(contacts)
        self._chosen.value = tuple(c for c in chosen if c in set(contacts["id"].tolist()))
        self._known.value = t("mapping.ties.known", count=workspace.count("ties"))
