"""The follow-up planner: rhythms, this week and the next, done / skip / put off, my own, export."""

from __future__ import annotations

import datetime as dt
import html

import ipywidgets as widgets

from toolkit.core import workspaces
from toolkit.core.errors import ValidationError
from toolkit.core.model import Channel, label
from toolkit.core.screens.base import Screen
from toolkit.core.screens.colours import QUIET, WARNING
from toolkit.core.screens.downloads import download_link
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.session import Session
from toolkit.i18n import long_date, t
from toolkit.map.contacts import contact_choices
from toolkit.plan import export as plan_export
from toolkit.plan import followups
from toolkit.plan.followups import Item, Plan, Settings

SNOOZE_DAYS = 7
FIRST_ACTIONS = 3


def current_plan(session: Session, weeks: int = followups.DEFAULT_WEEKS) -> Plan:
    """The open workspace's plan, with its own settings."""
    return followups.workspace_plan(session.workspace, weeks)


def _badge(item: Item, plan: Plan) -> str:
    if item.due_on < plan.today:
        return t("followups.status.overdue", date=long_date(item.due_on))
    if followups.week_start(item.day) > followups.week_start(item.due_on):
        return t("followups.status.deferred", date=long_date(item.due_on))
    return t("followups.status.snoozed") if item.snoozed else ""


def plan_html(plan: Plan) -> str:
    """The plan week by week: day, whom, what, how and why (all text escaped).

    This week's few actions come first; the totals (overdue, put off) follow the weeks, as a
    note: opening on "30 overdue" discourages more than it helps.
    """
    parts = []
    for number in range(plan.weeks):
        parts.append(f"<h4>{html.escape(plan_export.week_title(plan, number))}</h4>")
        items = plan.week(number)
        if not items:
            parts.append(f"<p>{html.escape(t('followups.nothing'))}</p>")
            continue
        rows = "".join(
            "<li>"
            f"<b>{html.escape(long_date(i.day))}</b> · {html.escape(i.action())}"
            + (f" ({html.escape(label(i.channel))})" if i.channel else "")
            + (
                f" <i style='color:{WARNING}'>{html.escape(b)}</i>"
                if (b := _badge(i, plan))
                else ""
            )
            + f"<br><span style='color:{QUIET}'>{html.escape(i.reason())}</span></li>"
            for i in items
        )
        parts.append(f"<ul>{rows}</ul>")
    parts.append(f"<p style='color:{QUIET}'>{html.escape(plan.summary())}</p>")
    return "".join(parts)


def first_actions_html(plan: Plan, count: int = FIRST_ACTIONS) -> str:
    """The first follow-ups of the plan, to commit to before leaving."""
    rows = "".join(
        f"<li><b>{html.escape(long_date(i.day))}</b> · {html.escape(i.action())}</li>"
        for i in plan.items[:count]
    )
    heading = html.escape(t("followups.ui.commitment_heading"))
    return f"<h4>{heading}</h4><ol>{rows}</ol>"


class Planner(Screen):
    """The participant's follow-up plan; every button is a public method (``mark_done``...)."""

    def __init__(self, session: Session, weeks: int = followups.DEFAULT_WEEKS) -> None:
        self.weeks = weeks
        self._plan: Plan | None = None
        number = {"layout": {"width": "14em"}, "style": {"description_width": "9em"}}
        self._capacity = widgets.BoundedIntText(
            min=1, max=followups.MAX_CAPACITY, description=t("followups.fields.capacity"), **number
        )
        self._cadences = {
            circle: widgets.BoundedIntText(
                min=1,
                max=followups.MAX_CADENCE_DAYS,
                description=t("followups.fields.cadence", circle=circle),
                **number,
            )
            for circle in followups.DEFAULT_CADENCE_DAYS
        }
        self._timezone = widgets.Text(
            description=t("followups.fields.timezone"), layout={"width": "20em"}
        )
        save = widgets.Button(description=t("followups.ui.save_settings"), layout=WIDE_ENOUGH)
        save.on_click(
            lambda _: self.save_settings(
                self._capacity.value, self._cadence_values(), self._timezone.value
            )
        )
        self._plan_view = widgets.HTML()
        self._choice = widgets.Dropdown(
            description=t("followups.ui.choose"), layout={"width": "48em"}
        )
        buttons = {
            "done": widgets.Button(
                description=t("followups.ui.done"), button_style="success", layout=WIDE_ENOUGH
            ),
            "skip": widgets.Button(description=t("followups.ui.skip"), layout=WIDE_ENOUGH),
            "snooze": widgets.Button(description=t("followups.ui.snooze"), layout=WIDE_ENOUGH),
        }
        buttons["done"].on_click(lambda _: self.mark_done(self._choice.value))
        buttons["skip"].on_click(lambda _: self.skip(self._choice.value))
        buttons["snooze"].on_click(lambda _: self.snooze(self._choice.value))
        self._contact = widgets.Dropdown(description=t("fields.contact"), layout={"width": "32em"})
        self._date = widgets.DatePicker(description=t("fields.date"))
        self._reason = widgets.Text(
            description=t("followups.fields.reason"), layout={"width": "40em"}
        )
        self._channel = widgets.Dropdown(
            options=[("—", None), *((label(c), c.value) for c in Channel)],
            description=t("fields.channel"),
        )
        add = widgets.Button(description=t("followups.ui.add"), button_style="primary")
        add.on_click(
            lambda _: self.add_custom(
                self._contact.value, self._date.value, self._reason.value, self._channel.value
            )
        )
        export = widgets.Button(
            description=t("followups.ui.export"), button_style="primary", layout=WIDE_ENOUGH
        )
        export.on_click(lambda _: self.export_calendar())
        self._download = widgets.HTML()
        self._feedback = Feedback()
        heading = "<h4>{}</h4>".format
        super().__init__(
            session,
            "planner",
            [
                widgets.HTML(heading(html.escape(t("followups.ui.settings_heading")))),
                widgets.HBox(
                    [self._capacity]
                    + [
                        # the unit beside each rhythm: "cercle 2 : tous les [45] jours"
                        widgets.HBox([box, widgets.Label(t("followups.fields.days"))])
                        for box in self._cadences.values()
                    ],
                    layout={"flex_flow": "row wrap"},
                ),
                widgets.HBox([self._timezone, save]),
                self._plan_view,
                self._choice,
                widgets.HBox(list(buttons.values())),
                self._feedback,
                widgets.HTML(heading(html.escape(t("followups.ui.custom_heading")))),
                self._contact,
                self._date,
                self._reason,
                self._channel,
                add,
                export,
                self._download,
            ],
            self._feedback,
        )
        self._workspace_changed()

    # -- what the buttons do ---------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        """The plan as shown now."""
        return self._plan

    def save_settings(
        self, capacity: object, cadences: dict[int, object], timezone: str | None = None
    ) -> bool:
        """Keep a weekly capacity, a rhythm per circle (days) and the calendar's time zone."""

        def keep() -> bool:
            settings = self._settings().with_capacity(capacity)
            if timezone is not None:
                settings = settings.with_timezone(timezone)
            for circle, days in cadences.items():
                settings = settings.with_cadence(int(circle), days)
            self.session.workspace.set_meta(settings.to_meta())
            self.session.changed()
            self._feedback.show(t("followups.ui.settings_saved"))
            return True

        return bool(self.guarded(keep))

    def mark_done(self, key: str | None, channel: Channel | None = None) -> Item | None:
        """Mark a follow-up done: the exchange is logged and the next one planned (returned)."""

        def act() -> Item | None:
            item = self._item(key)
            workspace = self.session.workspace
            workspace.record_followup(*followups.done(item, workspace.today(), channel))
            self.session.changed()
            following = self._plan.next_for(item.contact_id)
            when = long_date(following.day) if following else t("followups.ui.no_next")
            self._feedback.show(t("followups.ui.marked_done", name=item.name, next=when))
            return following

        return self.guarded(act)

    def skip(self, key: str | None) -> bool:
        """Skip a follow-up (one on the circle's rhythm comes back a cycle later)."""

        def act() -> bool:
            item = self._item(key)
            workspace = self.session.workspace
            workspace.record_followup(followups.skipped(item, workspace.today()))
            self.session.changed()
            self._feedback.show(t("followups.ui.marked_skipped", name=item.name))
            return True

        return bool(self.guarded(act))

    def snooze(self, key: str | None, days: int = SNOOZE_DAYS) -> bool:
        """Put a follow-up off by ``days``."""

        def act() -> bool:
            item = self._item(key)
            workspace = self.session.workspace
            decision = followups.snoozed(item, workspace.today(), days)
            workspace.record_followup(decision)
            self.session.changed()
            self._feedback.show(
                t("followups.ui.marked_snoozed", name=item.name, date=long_date(decision.due_on))
            )
            return True

        return bool(self.guarded(act))

    def add_custom(self, contact_id, due_on, reason, channel=None) -> bool:
        """Add a follow-up of one's own: whom, when, why, how."""

        def act() -> bool:
            followup = followups.custom(contact_id, due_on, reason, channel)
            workspace = self.session.workspace
            workspace.record_followup(followup)
            names = workspace.contacts().set_index("id")["display_name"]
            self._reason.value = ""
            self.session.changed()
            self._feedback.show(
                t("followups.ui.added", name=names.get(contact_id, ""), date=long_date(due_on))
            )
            return True

        return bool(self.guarded(act))

    def export_calendar(self) -> str:
        """Make the calendar file: a download link here, and a copy in the workspace folder."""

        def act() -> str:
            workspace = self.session.workspace
            settings = self._settings()
            data = plan_export.to_ics(self._plan, settings.timezone, workspace.path.stem)
            filename = f"{t('followups.export.file_stem')}-{workspace.path.stem}.ics"
            workspaces.write_atomically(workspace.path.parent / filename, data)
            self._download.value = download_link(data, filename, "text/calendar")
            self._feedback.show(
                t("followups.ui.exported", count=len(self._plan.items))
                + " "
                + t("followups.ui.saved_as", file=filename)
            )
            return self._download.value

        return self.guarded(act) or ""

    # -- inside ----------------------------------------------------------------------------------

    def _settings(self) -> Settings:
        return followups.settings_from_meta(self.session.workspace.meta())

    def _cadence_values(self) -> dict[int, int]:
        return {circle: box.value for circle, box in self._cadences.items()}

    def _item(self, key: str | None) -> Item:
        if not key:
            raise ValidationError("followups.errors.no_selection")
        try:
            return self._plan.find(key)
        except KeyError:
            self._workspace_changed()
            raise ValidationError("followups.errors.not_in_plan") from None

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        settings = self._settings()
        self._capacity.value = settings.capacity
        self._timezone.value = settings.timezone
        for circle, box in self._cadences.items():
            box.value = settings.cadence_days[circle]
        self._plan = current_plan(self.session, self.weeks)
        self._plan_view.value = plan_html(self._plan)
        current = self._choice.value
        self._choice.options = [
            (f"{long_date(i.day)} · {i.action()}", i.key) for i in self._plan.items
        ]
        keys = [i.key for i in self._plan.items]
        self._choice.value = current if current in keys else (keys[0] if keys else None)
        self._contact.options = contact_choices(workspace.contacts())
        if self._date.value is None:
            self._date.value = workspace.today() + dt.timedelta(days=1)
