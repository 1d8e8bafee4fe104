"""Message drafts of the latest ask for a chosen contact, ready to copy; mark the ask as shared."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.ask.drafts import Draft, drafts, templates
from toolkit.ask.progress import latest_ask, shared_ask
from toolkit.core.model import Channel, label
from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.session import Session, participant_first_name
from toolkit.i18n import get_language, t
from toolkit.map.contacts import contact_choices

TEXT_LAYOUT = {"width": "50em"}


class DraftWriter(Screen):
    """Pick a contact (and who recommended you): an email, a LinkedIn note and a phone opening
    appear, each in a box you can select and copy. Nothing is sent.

    Public actions: ``choose(contact_id, via=None)``, ``set_name(me)``, ``share(channel)``.
    """

    def __init__(self, session: Session) -> None:
        self._contact = widgets.Dropdown(description=t("ask_steps.drafts.to"))
        self._via = widgets.Dropdown(description=t("ask_steps.drafts.via"))
        self._me = widgets.Text(description=t("ask_steps.drafts.me"))
        self._subject = widgets.Text(description=t("ask_steps.drafts.subject"), layout=TEXT_LAYOUT)
        self._boxes = {
            channel: widgets.Textarea(rows=rows, layout=TEXT_LAYOUT)
            for channel, rows in (("email", 12), ("linkedin", 5), ("phone", 5))
        }
        self._counts = {channel: widgets.HTML() for channel in self._boxes}
        self._channel = widgets.Dropdown(
            options=[(label(c), c.value) for c in Channel], description=t("fields.channel")
        )
        share = widgets.Button(
            description=t("ask_steps.share.button"), button_style="primary", layout=WIDE_ENOUGH
        )
        share.on_click(lambda _: self.share(self._channel.value))
        self._feedback = Feedback()
        for control in (self._contact, self._via, self._me):
            control.observe(lambda _: self.refresh(), names="value")
        sections = []
        for channel, box in self._boxes.items():
            heading = html.escape(t(f"ask_steps.drafts.{channel}"))
            extra = [self._subject] if channel == "email" else []
            sections.append(
                widgets.VBox(
                    [widgets.HTML(f"<b>{heading}</b>"), *extra, box, self._counts[channel]]
                )
            )
        super().__init__(
            session,
            "draft-writer",
            [
                widgets.HTML(f"<p>{html.escape(t('ask_steps.drafts.intro'))}</p>"),
                widgets.HBox([self._contact, self._via]),
                self._me,
                *sections,
                widgets.HTML(f"<p>{html.escape(t('ask_steps.share.intro'))}</p>"),
                widgets.HBox([self._channel, share]),
                self._feedback,
            ],
            self._feedback,
        )
        self._workspace_changed()

    # -- actions ---------------------------------------------------------------------------------

    def choose(self, contact_id: int | None, via: int | None = None) -> None:
        """Write to ``contact_id``; ``via`` is the contact who recommended me, if any."""
        self._contact.value = contact_id
        self._via.value = via

    def set_name(self, me: str) -> None:
        """How I sign."""
        self._me.value = me

    def drafts(self) -> dict[str, Draft]:
        """The drafts as computed for the current choices (before any hand edit)."""
        ask = self._ask_text()
        contact = self._row(self._contact.value)
        via = self._row(self._via.value)
        relation = None
        if contact is not None and not contact.isna()["relation"]:
            relation = str(contact["relation"])
        return drafts(
            ask,
            get_language(),
            "" if contact is None else str(contact["display_name"]),
            self._me.value.strip(),
            relation,
            "" if via is None else str(via["display_name"]),
        )

    def text(self, channel: str) -> str:
        """What the box of ``channel`` holds now (the participant may have edited it)."""
        return self._boxes[channel].value

    def share(self, channel: str) -> int | None:
        """Note that the ask was shared with the chosen contact today, by ``channel``: an
        interaction of kind "ask" (health's fourth question counts it once the ask is precise)."""

        def log() -> int | None:
            workspace = self.session.workspace
            if self._contact.value is None or latest_ask(workspace.asks()) is None:
                self._feedback.show(t("ask_steps.share.pick_first"), "warning")
                return None
            interaction = shared_ask(
                self._contact.value, self._ask_text(), workspace.today(), channel
            )
            [interaction_id] = workspace.add_interactions([interaction])
            self._feedback.show(t("ask_steps.share.done", name=self._contact.label))
            self.session.changed()
            return interaction_id

        return self.guarded(log)

    # -- internals -------------------------------------------------------------------------------

    def _ask_text(self) -> str:
        workspace = self.session.workspace
        ask = latest_ask(workspace.asks()) if workspace is not None else None
        return ask.text if ask is not None else ""

    def _row(self, contact_id: int | None):
        workspace = self.session.workspace
        if workspace is None or contact_id is None:
            return None
        contacts = workspace.contacts()
        rows = contacts[contacts["id"] == contact_id]
        return rows.iloc[0] if len(rows) else None

    def refresh(self) -> None:
        """Rewrite the three drafts from the latest ask and the current choices."""
        if self.session.workspace is None:
            return
        if not self._ask_text():
            for box in self._boxes.values():
                box.value = ""
            self._feedback.show(t("ask_steps.drafts.no_ask"), "warning")
            return
        lang = get_language()
        made = self.drafts()
        warning = next((d.warning for d in made.values() if d.warning), "")
        if warning:
            self._feedback.show(warning, "warning")
        for channel, draft in made.items():
            self._boxes[channel].value = draft.text
            if channel == "email":
                self._subject.value = draft.subject
            count = t("ask_steps.drafts.count", count=draft.length)
            if draft.limit is not None:
                count = t(
                    "ask_steps.drafts.count_limit",
                    count=draft.length,
                    limit_name=templates(lang)["linkedin_limit_name"],
                )
            if draft.shortened:
                count += " " + t(f"ask_steps.drafts.shortened_{channel}")
            self._counts[channel].value = f"<small>{html.escape(count)}</small>"

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        choices = contact_choices(workspace.contacts())
        nobody = [(t("asks.builder.nobody"), None)]
        ids = {value for _, value in choices}
        contact, via = self._contact.value, self._via.value
        ask = latest_ask(workspace.asks())
        if contact is None and ask is not None:
            contact = ask.contact_id
        self._contact.options = nobody + choices
        self._via.options = nobody + choices
        self._contact.value = contact if contact in ids else None
        self._via.value = via if via in ids else None
        if not self._me.value:
            self._me.value = participant_first_name(workspace)
        self.refresh()
