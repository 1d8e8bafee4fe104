"""Step-5 screens: prepare an informational interview, then debrief it right after."""

from __future__ import annotations

import html
from dataclasses import replace

import ipywidgets as widgets
import pandas as pd

from toolkit.ask.progress import latest_ask
from toolkit.core.model import Approach, Channel, Interview, Referral, label
from toolkit.core.screens.base import Screen
from toolkit.core.screens.colours import OK, WARNING
from toolkit.core.screens.downloads import page_link
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.session import Session, participant_first_name
from toolkit.i18n import get_language, long_date, plural, t
from toolkit.interviews import meetings as interviews
from toolkit.map.contacts import contact_choices

BOX = {"width": "50em"}
LABEL = {"description_width": "initial"}  # translated labels are longer than the default


def _contact_row(session: Session, contact_id: int | None) -> dict | None:
    if session.workspace is None or contact_id is None:
        return None
    contacts = session.workspace.contacts()
    rows = contacts[contacts["id"] == contact_id]
    if rows.empty:
        return None
    row = rows.iloc[0]
    return {k: (None if _missing(v) else v) for k, v in row.items()}


def _missing(value: object) -> bool:
    """Missing in a pandas row: ``None``, ``NaN``, ``NaT`` or ``pd.NA``."""
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def sheet_link(page: str) -> str:
    """A link that opens the printable sheet (a data URL: nothing is written to disk)."""
    return page_link(page, "preparation.html", t("interviews.sheet_link"))


class InterviewPrep(Screen):
    """Prepare a meeting with a chosen contact: introduction, their work, questions, running
    order, what I offer; a printable sheet; the request saved for the pipeline.

    Public actions: ``choose(contact_id)``, ``fill(**texts)``, ``preparation()``, ``sheet()``,
    ``save(channel, approach)``.
    """

    def __init__(self, session: Session) -> None:
        self._contact = widgets.Dropdown(description=t("interviews.fields.contact"))
        self._via = widgets.Dropdown(description=t("interviews.fields.via"))
        self._me = widgets.Text(description=t("interviews.fields.me"))
        self._parts = {
            p: widgets.Textarea(description=t(f"interviews.fields.{p}"), rows=2, layout=BOX)
            for p in interviews.INTRODUCTION_PARTS
        }
        self._timing = widgets.HTML()
        self._work = widgets.Textarea(
            description=t("interviews.fields.their_work"), rows=4, layout=BOX
        )
        self._offer = widgets.Textarea(description=t("interviews.fields.offer"), rows=2, layout=BOX)
        self._guide = widgets.HTML()
        self._channel = widgets.Dropdown(
            options=[(label(c), c.value) for c in Channel],
            value=Channel.EMAIL.value,
            description=t("interviews.fields.channel"),
        )
        self._approach = widgets.Dropdown(
            options=[(label(a), a.value) for a in Approach],
            description=t("interviews.fields.approach"),
            layout={"width": "40em"},
        )
        self._link = widgets.HTML()
        self._feedback = Feedback()
        sheet = widgets.Button(description=t("interviews.buttons.sheet"), layout=WIDE_ENOUGH)
        sheet.on_click(lambda _: self.sheet())
        save = widgets.Button(
            description=t("interviews.buttons.save"), button_style="primary", layout=WIDE_ENOUGH
        )
        save.on_click(lambda _: self.save(self._channel.value, self._approach.value))
        self._contact.observe(lambda _: self._contact_changed(), names="value")
        for box in self._parts.values():
            box.observe(lambda _: self._show_timing(), names="value")
        super().__init__(
            session,
            "interview-prep",
            [
                widgets.HBox([self._contact, self._via]),
                self._me,
                *self._parts.values(),
                self._timing,
                self._work,
                self._offer,
                self._guide,
                widgets.HBox([sheet, self._link]),
                widgets.HBox([self._channel, self._approach]),
                widgets.HBox([save]),
                self._feedback,
            ],
            self._feedback,
        )
        self._workspace_changed()

    # -- actions ---------------------------------------------------------------------------------

    def choose(self, contact_id: int | None, via: int | None = None) -> None:
        """Prepare the meeting with this contact (the drafts are rebuilt); ``via`` is who
        introduced me to them, if anyone (they will hear what came of it, P10)."""
        self._contact.value = contact_id
        if via is not None:
            self._via.value = via

    def fill(self, **texts: str) -> None:
        """Type into the boxes: ``who``, ``background``, ``project``, ``why``, ``their_work``,
        ``offer``, ``me``."""
        boxes = {**self._parts, "their_work": self._work, "offer": self._offer, "me": self._me}
        for key, value in texts.items():
            boxes[key].value = value

    def preparation(self) -> interviews.Preparation | None:
        """The preparation as it stands on screen (``None`` before a contact is chosen)."""
        contact = _contact_row(self.session, self._contact.value)
        if contact is None:
            return None
        ask = latest_ask(self.session.workspace.asks())
        drafted = interviews.prepare(contact, ask, self._me.value.strip(), get_language())
        return interviews.Preparation(
            contact_name=drafted.contact_name,
            introduction={p: box.value.strip() for p, box in self._parts.items()},
            their_work=self._work.value.strip(),
            questions=drafted.questions,
            running_order=drafted.running_order,
            offer=self._offer.value.strip(),
            ask=drafted.ask,
        )

    def sheet(self) -> str | None:
        """The printable sheet's page; a link to open it appears."""
        prep = self.preparation()
        if prep is None:
            self._feedback.show(t("interviews.no_contact"), "warning")
            return None
        page = interviews.sheet_html(prep, get_language())
        self._link.value = sheet_link(page)
        return page

    def save(self, channel: str = "email", approach: str | None = None) -> int | None:
        """Note that the meeting was asked for today, by ``channel``: it enters the pipeline.
        Saving again the same day updates it."""

        def store() -> int | None:
            prep = self.preparation()
            if prep is None:
                self._feedback.show(t("interviews.no_contact"), "warning")
                return None
            workspace = self.session.workspace
            today = workspace.today()
            cid = int(self._contact.value)
            ask = latest_ask(workspace.asks())
            key = interviews.interview_key(cid, today)
            existing = workspace.interviews()
            existing = existing[existing["key"] == key]
            kept = interviews.as_interview(existing.iloc[0]) if len(existing) else None
            interview = Interview(
                key=key,
                contact_id=cid,
                asked_on=today,
                channel=Channel(channel),
                approach=Approach(approach or self._approach.value),
                ask_id=ask.id if ask is not None else None,
                answered_on=kept.answered_on if kept else None,
                met_on=kept.met_on if kept else None,
                preparation=prep.to_dict(),
                debrief=kept.debrief if kept else {},
                opportunity=kept.opportunity if kept else False,
            )
            with workspace.transaction():
                if self._via.value is not None and self._via.value != cid:
                    workspace.add_referrals(
                        [Referral(cid, int(self._via.value), f"{interviews.PREPARED_ORIGIN}{cid}")]
                    )
                interview_id = workspace.save_interview(interview)
            self._feedback.show(
                t("interviews.saved", name=prep.contact_name, date=long_date(today))
            )
            self.session.changed()
            return interview_id

        return self.guarded(store)

    # -- internals -------------------------------------------------------------------------------

    def _contact_changed(self) -> None:
        contact = _contact_row(self.session, self._contact.value)
        if contact is None:
            return
        workspace = self.session.workspace
        prep = interviews.prepare(
            contact, latest_ask(workspace.asks()), self._me.value.strip(), get_language()
        )
        for part, box in self._parts.items():
            box.value = prep.introduction[part]
        self._work.value = prep.their_work
        self._offer.value = prep.offer
        introducer = interviews.introducer_of(workspace.referrals(), int(contact["id"]))
        if introducer is not None:
            self._via.value = introducer if introducer in self._ids() else None
        referred = self._via.value is not None
        self._approach.value = interviews.approach_for(contact, referred).value
        self._guide.value = _guide_html(prep)
        self._link.value = ""

    def _ids(self) -> set:
        return {value for _, value in self._via.options}

    def _show_timing(self) -> None:
        text = " ".join(box.value for box in self._parts.values())
        seconds = interviews.speaking_seconds(text, get_language())
        key = "fits" if interviews.fits_in_time(text, get_language()) else "too_long"
        self._timing.value = f"<small>{html.escape(t(f'interviews.{key}', count=seconds))}</small>"

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        choices = contact_choices(workspace.contacts())
        ids = {value for _, value in choices}
        current, via = self._contact.value, self._via.value
        nobody = [(t("asks.builder.nobody"), None)]
        self._via.options = nobody + choices
        self._via.value = via if via in ids else None
        self._contact.options = nobody + choices
        self._contact.value = current if current in ids else None
        if not self._me.value:
            self._me.value = participant_first_name(workspace)


def _guide_html(prep: interviews.Preparation) -> str:
    """The question bank and the running order, under the boxes (escaped)."""
    lang = get_language()
    e = html.escape
    families = "".join(
        f"<div style='flex:1 1 16em'><b>{e(t(f'interviews.families.{f}'))}</b><ul>"
        + "".join(f"<li>{e(q)}</li>" for q in prep.questions[f])
        + "</ul></div>"
        for f in interviews.QUESTION_FAMILIES
    )
    order = "".join(f"<li><b>{m} min</b> — {e(s)}</li>" for m, s in prep.running_order)
    heading = e(t("interviews.sheet.running_order", lang))
    return (
        f"<div style='display:flex;flex-wrap:wrap;gap:1em'>{families}</div>"
        f"<p><b>{heading}</b></p><ol>{order}</ol>"
    )


class InterviewDebrief(Screen):
    """Right after the meeting: what I learned, advice, names given (each becomes a contact
    introduced by the person met), next steps, my promise; saving schedules the follow-ups.

    Public actions: ``choose(key)``, ``fill(**fields)``, ``answered()``, ``save()``.
    """

    def __init__(self, session: Session) -> None:
        self._interview = widgets.Dropdown(
            description=t("interviews.fields.interview"), layout={"width": "40em"}
        )
        self._met_on = widgets.DatePicker(description=t("interviews.fields.met_on"), style=LABEL)
        self._texts = {
            key: widgets.Textarea(
                description=t(f"interviews.fields.{key}"),
                rows=4 if key == "names" else 2,
                layout=BOX,
                style={"description_width": "initial"},
            )
            for key in ("learned", "advice", "names", "next_steps", "give_back")
        }
        self._thanks = widgets.Checkbox(
            value=True, description=t("interviews.fields.thanks"), indent=False, style=LABEL
        )
        self._opportunity = widgets.Checkbox(
            description=t("interviews.fields.opportunity"), indent=False, style=LABEL
        )
        self._missing = widgets.HTML()
        self._feedback = Feedback()
        answered = widgets.Button(description=t("interviews.buttons.answered"), layout=WIDE_ENOUGH)
        answered.on_click(lambda _: self.answered())
        save = widgets.Button(
            description=t("interviews.buttons.debrief"), button_style="primary", layout=WIDE_ENOUGH
        )
        save.on_click(lambda _: self.save())
        for box in (*self._texts.values(), self._thanks):
            box.observe(lambda _: self._show_missing(), names="value")
        self._interview.observe(lambda _: self._interview_changed(), names="value")
        super().__init__(
            session,
            "interview-debrief",
            [
                widgets.HBox([self._interview, answered]),
                self._met_on,
                *self._texts.values(),
                self._thanks,
                self._opportunity,
                self._missing,
                widgets.HBox([save]),
                self._feedback,
            ],
            self._feedback,
        )
        self._workspace_changed()

    # -- actions ---------------------------------------------------------------------------------

    def choose(self, key: str | None) -> None:
        """Debrief this interview (its key; the latest one is chosen at first)."""
        self._interview.value = key

    def fill(self, **fields: object) -> None:
        """Type into the form: ``learned``, ``advice``, ``names``, ``next_steps``,
        ``give_back`` (texts), ``thanks``, ``opportunity`` (ticks), ``met_on`` (a date)."""
        for key, value in fields.items():
            if key in self._texts:
                self._texts[key].value = str(value)
            else:
                {"thanks": self._thanks, "opportunity": self._opportunity, "met_on": self._met_on}[
                    key
                ].value = value

    def debrief(self) -> interviews.Debrief:
        """The debrief as typed."""
        return interviews.debrief_from_fields(
            {
                **{k: box.value for k, box in self._texts.items()},
                "thanks": self._thanks.value,
                "opportunity": self._opportunity.value,
            }
        )

    def missing(self) -> list[str]:
        """What the method expects and the form lacks (see ``interviews.missing``)."""
        return interviews.missing(self.debrief())

    def answered(self) -> bool:
        """They answered the request (a meeting may follow): counted in the pipeline."""

        def store() -> bool:
            interview = self._current()
            if interview is None:
                return False
            if interview.answered_on is None:
                today = self.session.workspace.today()
                self.session.workspace.save_interview(replace(interview, answered_on=today))
            self._feedback.show(t("interviews.answered", name=self._name(interview.contact_id)))
            self.session.changed()
            return True

        return bool(self.guarded(store))

    def save(self) -> dict[str, int] | None:
        """Store the debrief: names become contacts introduced by the person met, and the
        follow-ups are planned. Saving again changes nothing; the new contacts' ids by key."""

        def store() -> dict[str, int] | None:
            interview = self._current()
            if interview is None:
                return None
            workspace = self.session.workspace
            lang = get_language()
            debrief = self.debrief()
            met_on = self._met_on.value or interview.met_on or workspace.today()
            interviews.check_met_on(met_on, interview.asked_on)
            interview = replace(
                interview,
                met_on=met_on,
                answered_on=interview.answered_on or met_on,
                debrief=debrief.to_dict(),
                opportunity=debrief.opportunity,
            )
            met_name = self._name(interview.contact_id)
            introducer_id = interviews.introducer_of(workspace.referrals(), interview.contact_id)
            introducer = (
                (introducer_id, self._name(introducer_id)) if introducer_id is not None else None
            )
            ask = latest_ask(workspace.asks())
            me = participant_first_name(workspace)
            planned: list = []

            def followups_for(ids: dict[str, int]) -> list:
                planned[:] = interviews.debrief_followups(
                    interview,
                    debrief,
                    ids,
                    met_name,
                    introducer,
                    ask.text if ask is not None else "",
                    me,
                    lang,
                )
                return planned

            known = interviews.already_known(
                interview.key,
                debrief,
                workspace.contacts(),
                interview.contact_id,
                workspace.referrals(),
            )
            ids = workspace.record_debrief(
                interview,
                interviews.meeting(interview, lang),
                interviews.new_contacts(interview.key, debrief, met_on, met_name),
                followups_for,
                known,
            )
            added = sum(origin not in known for origin in ids)
            linked = ", ".join(sorted(self._name(ids[origin]) for origin in known))
            if linked:
                message = t(
                    "interviews.debrief_saved_known",
                    names=plural("interviews.n_new_contacts", added),
                    known=linked,
                    followups=plural("interviews.n_followups", len(planned)),
                )
            else:
                message = t(
                    "interviews.debrief_saved",
                    names=plural("interviews.n_new_contacts", added),
                    followups=plural("interviews.n_followups", len(planned)),
                )
            self._feedback.show(message)
            self.session.changed()
            return ids

        return self.guarded(store)

    # -- internals -------------------------------------------------------------------------------

    def _current(self) -> Interview | None:
        workspace = self.session.workspace
        if workspace is None:
            return None
        stored = workspace.interviews()
        rows = stored[stored["key"] == self._interview.value]
        if rows.empty:
            self._feedback.show(t("interviews.no_interview"), "warning")
            return None
        return interviews.as_interview(rows.iloc[0])

    def _name(self, contact_id: int) -> str:
        row = _contact_row(self.session, contact_id)
        return "" if row is None else str(row["display_name"])

    def _show_missing(self) -> None:
        gaps = self.missing()
        if not gaps:
            self._missing.value = (
                f"<span style='color:{OK}'>{html.escape(t('interviews.all_done'))}</span>"
            )
            return
        items = "".join(f"<li>{html.escape(t(f'interviews.missing.{g}'))}</li>" for g in gaps)
        self._missing.value = f"<ul style='color:{WARNING}'>{items}</ul>"

    def _interview_changed(self) -> None:
        interview = self._current() if self._interview.value else None
        if interview is None:
            return
        stored = interviews.Debrief.from_dict(interview.debrief)
        names = "\n".join(
            " — ".join(p for p in (n.name, n.company, n.note) if p) for n in stored.names
        )
        self.fill(
            learned=stored.learned,
            advice=stored.advice,
            names=names,
            next_steps=stored.next_steps,
            give_back=stored.give_back,
            thanks=stored.thanks,
            opportunity=stored.opportunity,
            met_on=interview.met_on,
        )

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        choices = interviews.interview_choices(workspace.interviews(), workspace.contacts())
        current = self._interview.value
        keys = [key for _, key in choices]
        self._interview.options = choices
        self._interview.value = current if current in keys else (keys[-1] if keys else None)
        self._show_missing()
