"""The "give first" list: one gesture for each of the ten closest, each planned in one click."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.session import Session
from toolkit.i18n import date_text, t
from toolkit.plan import give_first
from toolkit.plan.give_first import Gesture


class GiveFirst(Screen):
    """For each of the ten closest contacts, a gesture that asks for nothing, why this one, and
    a button that puts it in the plan on its day; a gesture already planned says when.

    Public actions: ``gestures()``, ``plan(contact_id)``.
    """

    def __init__(self, session: Session) -> None:
        self._rows = widgets.VBox()
        self._feedback = Feedback()
        self._gestures: list[Gesture] = []
        super().__init__(
            session,
            "give-first",
            [
                widgets.HTML(
                    f"<b>{html.escape(t('give_first.title'))}</b>"
                    f"<br>{html.escape(t('give_first.intro'))}"
                ),
                self._rows,
                self._feedback,
            ],
            self._feedback,
        )
        self._workspace_changed()

    def gestures(self) -> list[Gesture]:
        """The gestures shown, closest contact first."""
        return list(self._gestures)

    def plan(self, contact_id: int) -> int | None:
        """Put the gesture for ``contact_id`` in the plan as a dated follow-up; its id."""

        def keep() -> int:
            [gesture] = [g for g in self._gestures if g.contact_id == contact_id]
            followup_id = give_first.plan_gesture(self.session.workspace, gesture)
            self._feedback.show(
                t("give_first.done", action=gesture.action(), day=date_text(gesture.due_on))
            )
            self.session.changed()  # the planner and the plan's charts show it at once
            return followup_id

        return self.guarded(keep)

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        self._gestures = give_first.workspace_suggestions(workspace)
        planned = give_first.planned_for(workspace.followups())
        if not self._gestures:
            self._rows.children = [widgets.HTML(html.escape(t("give_first.none")))]
            return
        self._rows.children = [self._row(g, planned.get(g.contact_id)) for g in self._gestures]

    def _row(self, gesture: Gesture, planned_on) -> widgets.Widget:
        label = t(f"give_first.gestures.{gesture.gesture}.label")
        line = t("give_first.row", label=label, action=gesture.action())
        text = widgets.HTML(
            f"<b>{html.escape(gesture.name)}</b> — {html.escape(line)}"
            f"<br><i>{html.escape(gesture.why())}</i>",
            layout={"width": "44em"},
        )
        if planned_on is not None:
            button = widgets.Button(
                description=t("give_first.planned", day=date_text(planned_on, "d MMM")),
                disabled=True,
                layout=WIDE_ENOUGH,
            )
        else:
            button = widgets.Button(
                description=t("give_first.plan", day=date_text(gesture.due_on, "EEE d MMM")),
                layout=WIDE_ENOUGH,
            )
            button.on_click(lambda _, cid=gesture.contact_id: self.plan(cid))
        return widgets.HBox([text, button])
