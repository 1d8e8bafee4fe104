"""Proposed duplicates, each with a button that merges the two cards, and an undo."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.names import told_apart
from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.merge import merged_fields, proposed_duplicates

SHOWN_PAIRS = 10  # more would bury the form under buttons; the next ones come as these go


class DuplicateMerger(Screen):
    """The workspace's likely duplicates, a "Merge" button for each pair (the older card is
    kept and takes in the other's fields, interactions, ties and follow-ups) and an "Undo"
    button that separates the last merged pair again.

    Public actions: ``pairs``, ``merge``, ``undo``.
    """

    def __init__(self, session: Session) -> None:
        self._list = widgets.VBox()
        self._undo = widgets.Button(description=t("merge.undo"), layout={"display": "none"})
        self._undo.on_click(lambda _: self.undo())
        self._merged: list[dict] = []
        self._merged_in = None  # the workspace those merges were made in: undo only there
        self._pairs: list[tuple[int, int]] = []
        feedback = Feedback()
        super().__init__(
            session,
            "duplicate-merger",
            [
                widgets.HTML(f"<b>{html.escape(t('merge.heading'))}</b>"),
                self._list,
                widgets.HBox([self._undo]),
                feedback,
            ],
            feedback,
        )
        self.add_class("atelier-merge")
        self._workspace_changed()

    def pairs(self) -> list[tuple[int, int]]:
        """The pairs proposed now, as (kept id, merged id)."""
        return list(self._pairs)

    def merge(self, keep_id: int, other_id: int) -> bool:
        """Merge card ``other_id`` into ``keep_id``; ``True`` when done (else a message)."""

        def merge() -> bool:
            workspace = self.session.workspace
            merged = workspace.merge_contacts(keep_id, other_id, merged_fields)
            self._merged.append(merged)
            self._merged_in = workspace
            self._feedback.show(
                t("merge.merged", first=merged["kept"]["display_name"],
                  second=merged["other"]["display_name"]),
                "ok",
            )  # fmt: skip
            self._undo.layout.display = None
            self.session.changed()
            return True

        return bool(self.guarded(merge))

    def undo(self) -> tuple[int, int] | None:
        """Separate the last merged pair again, both cards as they were; their ids."""
        if not self._merged:
            return None

        def undo() -> tuple[int, int]:
            ids = self.session.workspace.undo_merge(self._merged[-1])
            merged = self._merged.pop()
            self._feedback.show(
                t("merge.undone", first=merged["kept"]["display_name"],
                  second=merged["other"]["display_name"]),
                "ok",
            )  # fmt: skip
            if not self._merged:
                self._undo.layout.display = "none"
            self.session.changed()
            return ids

        return self.guarded(undo)

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is not self._merged_in:  # another workspace opened: nothing to undo here
            self._merged, self._merged_in = [], None
            self._undo.layout.display = "none"
        if workspace is None:
            self._pairs = []
            self._list.children = [widgets.HTML(html.escape(t("merge.none")))]
            return
        contacts = self.guarded(workspace.contacts)
        if contacts is None:
            return
        self._pairs = proposed_duplicates(contacts)
        if not self._pairs:
            self._list.children = [widgets.HTML(html.escape(t("merge.none")))]
            return
        names = dict(
            zip(
                contacts["id"].astype(int),
                told_apart(contacts["display_name"], contacts["company"]),
                strict=True,
            )
        )
        rows: list[widgets.Widget] = []
        for keep_id, other_id in self._pairs[:SHOWN_PAIRS]:
            button = widgets.Button(description=t("merge.action"), button_style="warning")
            button.on_click(lambda _, k=keep_id, o=other_id: self.merge(k, o))
            text = t("merge.pair", first=names[keep_id], second=names[other_id])
            rows.append(widgets.HBox([widgets.HTML(html.escape(text)), button]))
        if len(self._pairs) > SHOWN_PAIRS:
            more = t("merge.more", count=len(self._pairs) - SHOWN_PAIRS)
            rows.append(widgets.HTML(html.escape(more)))
        self._list.children = rows
