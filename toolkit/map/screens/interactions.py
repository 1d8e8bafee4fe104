"""Log an interaction with a contact: when, how, who gave what."""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.core.model import Channel, Direction, InteractionKind, label, validate_interaction
from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.i18n import long_date, t
from toolkit.map.contacts import contact_choices


class InteractionLog(Screen):
    """A small form; ``log_interaction`` is what its button calls."""

    def __init__(self, session: Session) -> None:
        self._contact = widgets.Dropdown(description=t("fields.contact"), layout={"width": "32em"})
        self._date = widgets.DatePicker(description=t("fields.date"))
        self._channel = widgets.Dropdown(
            options=[(label(c), c.value) for c in Channel], description=t("fields.channel")
        )
        self._direction = widgets.ToggleButtons(
            options=[(label(d), d.value) for d in Direction], description=t("fields.direction")
        )
        self._kind = widgets.Dropdown(
            options=[("—", None), *((label(k), k.value) for k in InteractionKind)],
            description=t("fields.kind"),
        )
        self._notes = widgets.Text(description=t("fields.notes"), layout={"width": "32em"})
        save = widgets.Button(description=t("mapping.log.save"), button_style="primary")
        self._feedback = Feedback()
        save.on_click(
            lambda _: self.log_interaction(
                self._contact.value,
                self._date.value,
                self._channel.value,
                self._direction.value,
                self._kind.value,
                self._notes.value,
            )
        )
        super().__init__(
            session,
            "interaction-log",
            [
                self._contact,
                self._date,
                self._channel,
                self._direction,
                self._kind,
                self._notes,
                save,
                self._feedback,
            ],
            self._feedback,
        )
        self._workspace_changed()

    def log_interaction(
        self, contact_id, date, channel, direction, kind=None, notes: str = ""
    ) -> int | None:
        """Record one interaction; its id, or ``None`` with a message saying what to fix."""
        return self.guarded(lambda: self._log(contact_id, date, channel, direction, kind, notes))

    def _log(self, contact_id, date, channel, direction, kind, notes) -> int:
        workspace = self.session.workspace
        interaction = validate_interaction(
            {
                "contact_id": contact_id,
                "date": date,
                "channel": channel,
                "direction": direction,
                "kind": kind,
                "notes": notes,
            },
            workspace.today(),
        )
        [interaction_id] = workspace.add_interactions([interaction])
        names = workspace.contacts().set_index("id")["display_name"]
        self._feedback.show(
            t(
                "mapping.log.saved",
                name=names.get(contact_id, ""),
                date=long_date(interaction.date),
                channel=label(interaction.channel),
            )
        )
        self._notes.value = ""
        self.session.changed()
        return interaction_id

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        contacts = workspace.contacts()
        current = self._contact.value
        self._contact.options = contact_choices(contacts)
        if current in contacts["id"].tolist():
            self._contact.value = current
        if self._date.value is None:
            self._date.value = workspace.today()
