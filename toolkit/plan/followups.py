"""Follow-up planning: a rhythm per circle and the method's event rules -> a dated weekly plan.

Pure functions over workspace frames. The plan is computed, never stored: what is stored are the
participant's decisions on it (done, skipped, snoozed) and their own follow-ups, each row naming
the plan item it decides on by a stable key (``origin``). So logging any interaction moves the
plan at once: the rhythm counts from the last interaction, and a later exchange closes a rule.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import pandas as pd

from toolkit.core.errors import ValidationError
from toolkit.core.model import (
    TEXT_LIMIT,
    Channel,
    Direction,
    FollowUp,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    clean_text,
)
from toolkit.core.names import told_apart
from toolkit.health.figures import DEFAULT_CADENCE_DAYS, real_exchanges, recency_status
from toolkit.i18n import long_date, plural, t

if TYPE_CHECKING:  # the store is only read through its methods here
    from toolkit.core.store import Workspace

DEFAULT_CAPACITY = 5  # follow-ups a week
DEFAULT_WEEKS = 4
DEFAULT_TIMEZONE = "Europe/Paris"
MAX_CADENCE_DAYS = 730
MAX_CAPACITY = 100
MAX_WEEKS = 52

# The method's delays, in days.
CALL_AFTER_EMAIL_DAYS = 4  # few people answer an email: call a few days later (P11)
MESSAGE_AFTER_EVENT_DAYS = 2  # a card without a follow-up is wasted: write within 48 h (P12)
REPORT_AFTER_INTRODUCTION_DAYS = 7  # thank the intermediary, tell them what came of it (P10)
NEWS_AFTER_GIVING_DAYS = 21  # after helping: ask how it went, ask nothing in return (P4)
NO_ASK_AFTER_GIVING_DAYS = 60
SHARE_ASK_AFTER_DAYS = 2  # a precise ask drafted for someone: say it to them (P5)
RULE_WINDOW_DAYS = 45  # an event older than this is left to the circle's rhythm

# Rules, in the order they are kept within a week: time-bound first, then the rhythm.
URGENT_RULES = ("custom", "after_event", "email_no_answer")
RULES = (
    "custom",
    "after_event",
    "email_no_answer",
    "thank_introducer",
    "share_ask",
    "after_giving",
    "news_no_ask",
    "cadence",
)
CIRCLE_CHANNELS = {1: Channel.IN_PERSON, 2: Channel.PHONE, 3: Channel.PHONE, 4: Channel.MESSAGE}
RULE_CHANNELS = {
    "after_event": Channel.MESSAGE,
    "email_no_answer": Channel.PHONE,
    "thank_introducer": Channel.PHONE,
    "after_giving": Channel.MESSAGE,
    "news_no_ask": Channel.MESSAGE,
}
DONE_KINDS = {
    "thank_introducer": InteractionKind.THANKS,
    "share_ask": InteractionKind.ASK,
    "after_event": InteractionKind.NEWS,
    "after_giving": InteractionKind.NEWS,
    "news_no_ask": InteractionKind.NEWS,
    "cadence": InteractionKind.NEWS,
}


# -- settings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """What the trainer and participant choose: rhythm per circle, weekly capacity, time zone."""

    cadence_days: Mapping[int, int] = field(default_factory=lambda: dict(DEFAULT_CADENCE_DAYS))
    capacity: int = DEFAULT_CAPACITY
    timezone: str = DEFAULT_TIMEZONE

    def with_cadence(self, circle: int, days: object) -> Settings:
        """The same settings with one circle's rhythm changed (days between two contacts)."""
        if circle not in DEFAULT_CADENCE_DAYS:
            raise ValidationError("followups.errors.bad_circle", circle=circle)
        days = _whole_number(days, 1, MAX_CADENCE_DAYS, "followups.errors.bad_cadence")
        return replace(self, cadence_days={**self.cadence_days, circle: days})

    def with_capacity(self, capacity: object) -> Settings:
        """The same settings with another weekly capacity."""
        capacity = _whole_number(capacity, 1, MAX_CAPACITY, "followups.errors.bad_capacity")
        return replace(self, capacity=capacity)

    def with_timezone(self, name: object) -> Settings:
        """The same settings with another time zone for the calendar (``Europe/Paris``...)."""
        text = str(name or "").strip()
        try:
            zoneinfo.ZoneInfo(text)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            raise ValidationError("followups.errors.bad_timezone", value=name) from None
        return replace(self, timezone=text)

    def to_meta(self) -> dict[str, str]:
        """As workspace settings (``Workspace.set_meta``)."""
        return {
            "followups.cadence": json.dumps({str(c): d for c, d in self.cadence_days.items()}),
            "followups.capacity": str(self.capacity),
            "followups.timezone": self.timezone,
        }


def _whole_number(value: object, low: int, high: int, key: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(key, value=value, low=low, high=high) from None
    if not low <= number <= high:
        raise ValidationError(key, value=value, low=low, high=high)
    return number


def settings_from_meta(meta: Mapping[str, str]) -> Settings:
    """The settings stored in a workspace, defaults for anything missing or unreadable."""
    settings = Settings()
    try:
        stored = json.loads(meta.get("followups.cadence", "{}"))
        for circle, days in stored.items():
            settings = settings.with_cadence(int(circle), days)
    except (ValueError, ValidationError):
        settings = Settings()
    with contextlib.suppress(ValidationError):
        settings = settings.with_capacity(meta.get("followups.capacity", DEFAULT_CAPACITY))
    with contextlib.suppress(ValidationError):
        settings = settings.with_timezone(meta.get("followups.timezone") or DEFAULT_TIMEZONE)
    return settings


def cadence_arg(settings: Settings, value: str) -> Settings:
    """Settings with a rhythm given as ``CIRCLE=DAYS`` (``2=45``) on the command line."""
    circle, _, days = str(value).partition("=")
    try:
        number = int(circle)
    except ValueError:
        raise ValidationError("followups.errors.bad_circle", circle=circle) from None
    return settings.with_cadence(number, days)


def weeks_arg(value: object) -> int:
    """A number of weeks to plan, checked (1 to 52)."""
    return _whole_number(value, 1, MAX_WEEKS, "followups.errors.bad_weeks")


# -- dates ---------------------------------------------------------------------------------------


def next_due(last: dt.date | None, cadence_days: int, today: dt.date) -> dt.date:
    """When the next contact is due: ``cadence_days`` after the last one; today if never."""
    return today if last is None else last + dt.timedelta(days=cadence_days)


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


# -- plan items ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One follow-up of the plan: whom, when, how, and why in plain words."""

    key: str  # stable: rule, contact and the date that triggered it
    contact_id: int
    name: str
    circle: int | None
    rule: str
    due_on: dt.date  # when the method says
    channel: Channel | None
    facts: tuple[tuple[str, object], ...] = ()  # what the reason quotes (dates, days...)
    note: str = ""  # the participant's own words (custom follow-ups)
    scheduled_on: dt.date | None = None  # after spreading over the weekly capacity
    snoozed: bool = False

    @property
    def day(self) -> dt.date:
        """The day it is planned for (after spreading)."""
        return self.scheduled_on or self.due_on

    def reason(self, lang: str | None = None) -> str:
        """Why this follow-up, in plain words."""
        if self.rule == "custom":
            return self.note
        facts = dict(self.facts)
        if "never" in facts:
            return t("followups.rules.cadence.reason_never", lang, **facts)
        params = {k: long_date(v, lang) if isinstance(v, dt.date) else v for k, v in facts.items()}
        return t(f"followups.rules.{self.rule}.reason", lang, name=self.name, **params)

    def action(self, lang: str | None = None) -> str:
        """What to do, in a few words (a calendar entry's title)."""
        if self.rule == "custom":
            return t("followups.custom_action", lang, name=self.name)
        return t(f"followups.rules.{self.rule}.action", lang, name=self.name)


def _facts(**values: object) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(values.items()))


def _records(frame: pd.DataFrame, columns: Iterable[str]) -> list[dict]:
    """Rows as plain dicts with missing values as ``None`` (pandas' NA cannot be compared);
    column by column, which is much faster than row by row."""
    columns = list(columns)
    values = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def _day(value: object) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def _event_item(contact: Mapping, last: Mapping, today: dt.date) -> Item | None:
    """The rule the contact's last interaction calls for, if it is recent enough."""
    date = _day(last["date"])
    if date is None or (today - date).days > RULE_WINDOW_DAYS:
        return None
    kind, direction, channel = last["kind"], last["direction"], last["channel"]
    if kind == InteractionKind.INTRODUCTION and direction == Direction.RECEIVED:
        rule, delay = "thank_introducer", REPORT_AFTER_INTRODUCTION_DAYS
    elif kind == InteractionKind.EVENT:
        rule, delay = "after_event", MESSAGE_AFTER_EVENT_DAYS
    elif (
        channel == Channel.EMAIL
        and kind != InteractionKind.THANKS
        and direction != Direction.RECEIVED
    ):
        # an e-mail they sent (what I received) is theirs to be answered, not a silence to break
        rule, delay = "email_no_answer", CALL_AFTER_EMAIL_DAYS
    elif direction == Direction.GAVE:
        rule, delay = "after_giving", NEWS_AFTER_GIVING_DAYS
    else:
        return None
    no_ask_until = date + dt.timedelta(days=NO_ASK_AFTER_GIVING_DAYS)
    return Item(
        key=f"{rule}:{contact['id']}:{date.isoformat()}",
        contact_id=int(contact["id"]),
        name=str(contact["display_name"]),
        circle=None if contact["circle"] is None else int(contact["circle"]),
        rule=rule,
        due_on=date + dt.timedelta(days=delay),
        channel=RULE_CHANNELS[rule],
        facts=_facts(date=date, days=delay, until=no_ask_until)
        if rule == "after_giving"
        else _facts(date=date, days=delay),
    )


def _precise_asks(asks: pd.DataFrame | None, today: dt.date) -> dict[int, dt.date]:
    """Per contact, the day of the latest precise ask drafted for them, if recent (step 2)."""
    if asks is None or asks.empty:
        return {}
    recent = asks[
        (asks["verdict"] == "precise")
        & asks["contact_id"].notna()
        & (asks["created_on"] >= pd.Timestamp(today - dt.timedelta(days=RULE_WINDOW_DAYS)))
    ]
    latest = recent.groupby("contact_id")["created_on"].max()
    return {int(cid): day.date() for cid, day in latest.items()}


def _share_ask_item(contact: Mapping, drafted_on: dt.date) -> Item:
    """A precise ask helps only once heard: say it, by phone or in person (P5, P11)."""
    return Item(
        key=f"share_ask:{contact['id']}:{drafted_on.isoformat()}",
        contact_id=int(contact["id"]),
        name=str(contact["display_name"]),
        circle=None if contact["circle"] is None else int(contact["circle"]),
        rule="share_ask",
        due_on=drafted_on + dt.timedelta(days=SHARE_ASK_AFTER_DAYS),
        channel=Channel.PHONE,
        facts=_facts(date=drafted_on),
    )


def _matters(contact: Mapping) -> bool:
    """A tie worth waking up with news: close circles, someone above me, or strategic."""
    circle = contact["circle"]
    return (
        (circle is not None and int(circle) <= 3)
        or contact["relation"] == "above"
        or (contact["network_type"] == "strategic")
    )


def _rhythm_item(
    contact: Mapping,
    last: dt.date | None,
    status: str,
    cadence: int,
    today: dt.date,
    skipped: Mapping[str, dt.date],
) -> Item:
    """The next contact the circle's rhythm asks for; a skipped one moves to the next cycle."""
    anchor = last
    rule = "news_no_ask" if status == "dormant" and _matters(contact) else "cadence"
    while True:
        due = next_due(anchor, cadence, today)
        key = f"cadence:{contact['id']}:{anchor.isoformat() if anchor else 'never'}"
        if key not in skipped:
            break
        anchor = skipped[key]
    circle = int(contact["circle"])
    facts = _facts(cadence=cadence, circle=circle, days=(today - last).days if last else 0)
    if last is not None:
        facts = _facts(**dict(facts), date=last)
    return Item(
        key=key,
        contact_id=int(contact["id"]),
        name=str(contact["display_name"]),
        circle=circle,
        rule=rule if last is not None else "cadence",
        due_on=due,
        channel=RULE_CHANNELS["news_no_ask"] if rule == "news_no_ask" else CIRCLE_CHANNELS[circle],
        facts=facts if last is not None else _facts(cadence=cadence, circle=circle, never=1),
    )


def candidates(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    followups: pd.DataFrame,
    today: dt.date,
    settings: Settings | None = None,
    asks: pd.DataFrame | None = None,
) -> list[Item]:
    """Every follow-up due or coming, before capacity: one per contact (a precise ask not yet
    shared, an open event rule, or the circle's rhythm), plus the participant's own. Decisions
    stored in ``followups`` apply: done and skipped items leave the plan, snoozed ones move."""
    settings = settings or Settings()
    if "company" in contacts:  # two Chloé Martin in the plan and the calendar: by company
        contacts = contacts.assign(
            display_name=told_apart(contacts["display_name"], contacts["company"])
        )
    unshared = _precise_asks(asks, today)
    decisions = followups[followups["origin"].fillna("") != ""].set_index("origin")
    skipped = {
        key: _day(row["due_on"])
        for key, row in decisions.iterrows()
        if row["status"] == FollowUpStatus.SKIPPED
    }
    status = {
        row["contact_id"]: row
        for row in _records(
            recency_status(contacts, interactions, today, settings.cadence_days),
            ("contact_id", "last_interaction", "status"),
        )
    }
    # The rule the last real exchange calls for: a like (P13) is neither a gift nor a message.
    exchanges = real_exchanges(interactions)
    last_rows = exchanges.sort_values(["date", "id"]).groupby("contact_id").tail(1)
    last = {
        row["contact_id"]: row
        for row in _records(last_rows, ("contact_id", "date", "kind", "direction", "channel"))
    }
    items: list[Item] = []
    columns = ("id", "display_name", "circle", "relation", "network_type")
    for contact in _records(contacts, columns):
        cid = contact["id"]
        item = None
        last_date = _day(last[cid]["date"]) if cid in last else None
        if cid in unshared and (last_date is None or last_date < unshared[cid]):
            item = _share_ask_item(contact, unshared[cid])
        elif cid in last:
            item = _event_item(contact, last[cid], today)
        if item is not None and _decided(item, decisions) is None:
            item = None  # done or skipped: the circle's rhythm takes over
        circle = contact["circle"]
        if item is None and circle is not None and int(circle) in settings.cadence_days:
            row = status[cid]
            item = _rhythm_item(
                contact,
                _day(row["last_interaction"]),
                row["status"],
                settings.cadence_days[int(circle)],
                today,
                skipped,
            )
        if item is not None:
            items.append(item)
    items = [_decided(item, decisions) for item in items]
    names = contacts.set_index("id")["display_name"]
    circles = contacts.set_index("id")["circle"]
    for origin, row in decisions.iterrows():
        if row["rule"] == "custom" and row["status"] == FollowUpStatus.PLANNED:
            cid = int(row["contact_id"])
            items.append(
                Item(
                    key=str(origin),
                    contact_id=cid,
                    name=str(names.get(cid, "")),
                    circle=None if pd.isna(circles.get(cid)) else int(circles.get(cid)),
                    rule="custom",
                    due_on=_day(row["due_on"]),
                    channel=Channel(row["channel"]) if not pd.isna(row["channel"]) else None,
                    note=str(row["reason"]),
                )
            )
    return [item for item in items if item is not None]


def _decided(item: Item, decisions: pd.DataFrame) -> Item | None:
    """The item once the participant's decision on it applies (``None``: done or skipped)."""
    if item.key not in decisions.index:
        return item
    row = decisions.loc[item.key]
    if row["status"] != FollowUpStatus.PLANNED:
        return None
    return replace(item, due_on=_day(row["due_on"]), snoozed=True)


# -- the weekly plan -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """Follow-ups spread over the coming weeks within the weekly capacity."""

    today: dt.date
    capacity: int
    weeks: int
    items: tuple[Item, ...]  # within the plan's weeks, in order
    later: tuple[Item, ...]  # deferred beyond the plan's weeks, or due after them

    def week(self, number: int) -> list[Item]:
        """The follow-ups of week ``number`` (0 = this week)."""
        start = week_start(self.today) + dt.timedelta(weeks=number)
        end = start + dt.timedelta(days=7)
        return [i for i in self.items if start <= i.day < end]

    @property
    def deferred(self) -> list[Item]:
        """Follow-ups moved to a later week than their due week, to respect the capacity."""
        this_week = week_start(self.today)
        end = this_week + dt.timedelta(weeks=self.weeks)
        moved = [i for i in self.items if week_start(i.day) > max(week_start(i.due_on), this_week)]
        return moved + [i for i in self.later if i.due_on < end]

    @property
    def overdue(self) -> list[Item]:
        """Follow-ups whose due date has passed."""
        return [i for i in (*self.items, *self.later) if i.due_on < self.today]

    def next_for(self, contact_id: int) -> Item | None:
        """The next follow-up planned with one contact."""
        mine = [i for i in (*self.items, *self.later) if i.contact_id == contact_id]
        return min(mine, key=lambda i: i.day, default=None)

    def find(self, key: str) -> Item:
        """The item with this key (``KeyError`` when it is no longer in the plan)."""
        for item in (*self.items, *self.later):
            if item.key == key:
                return item
        raise KeyError(key)

    def summary(self, lang: str | None = None) -> str:
        """What the plan holds and what was deferred, in one or two sentences."""
        text = t(
            "followups.summary",
            lang,
            followups=plural("followups.n_followups", len(self.items), lang),
            weeks=plural("followups.n_weeks", self.weeks, lang),
            capacity=self.capacity,
            overdue=len(self.overdue),
        )
        deferred = self.deferred
        if deferred:
            beyond = sum(i.scheduled_on is None for i in deferred)
            text += " " + t("followups.deferred", lang, count=len(deferred), later=beyond)
        return text


def _order(item: Item) -> tuple:
    rank = 0 if item.rule in URGENT_RULES else 1
    return (rank, item.due_on, RULES.index(item.rule), item.circle or 9, item.contact_id)


def spread(
    items: Iterable[Item],
    today: dt.date,
    capacity: int = DEFAULT_CAPACITY,
    weeks: int = DEFAULT_WEEKS,
) -> Plan:
    """Place follow-ups week by week, at most ``capacity`` a week; the rest waits for the next.

    Overdue ones count as due this week. Within a week, the participant's own and time-bound
    follow-ups come first, then the most overdue.
    """
    start = week_start(today)
    by_week: dict[int, list[Item]] = {}
    for item in items:
        number = max(0, (item.due_on - start).days // 7)
        by_week.setdefault(number, []).append(item)
    waiting: list[Item] = []
    placed: list[Item] = []
    for number in range(weeks):
        pool = sorted([*waiting, *by_week.pop(number, [])], key=_order)
        first_day = max(today, start + dt.timedelta(weeks=number))
        for item in pool[:capacity]:
            placed.append(replace(item, scheduled_on=max(item.due_on, first_day)))
        waiting = pool[capacity:]
    later = sorted([*waiting, *(i for rest in by_week.values() for i in rest)], key=_order)
    placed.sort(key=lambda i: (i.day, *_order(i)))
    return Plan(today, capacity, weeks, tuple(placed), tuple(later))


def build_plan(
    contacts: pd.DataFrame,
    interactions: pd.DataFrame,
    followups: pd.DataFrame,
    today: dt.date,
    settings: Settings | None = None,
    weeks: int = DEFAULT_WEEKS,
    asks: pd.DataFrame | None = None,
) -> Plan:
    """The plan for the coming ``weeks``, from the workspace's tables and settings."""
    settings = settings or Settings()
    found = candidates(contacts, interactions, followups, today, settings, asks)
    return spread(found, today, settings.capacity, weeks)


def workspace_plan(
    workspace: Workspace, weeks: int = DEFAULT_WEEKS, settings: Settings | None = None
) -> Plan:
    """The plan of a workspace, with its own settings unless others are given.

    The one read that the command line, the planner screen and the report share.
    """
    if settings is None:
        settings = settings_from_meta(workspace.meta())
    return build_plan(
        workspace.contacts(),
        workspace.interactions(),
        workspace.followups(),
        workspace.today(),
        settings,
        weeks,
        workspace.asks(),
    )


# -- decisions -----------------------------------------------------------------------------------


def done(
    item: Item, today: dt.date, channel: Channel | None = None, lang: str | None = None
) -> tuple[FollowUp, Interaction]:
    """Marking a follow-up done: the decision to store and the interaction it was (dated today),
    which resets the circle's rhythm so the next follow-up follows from it."""
    channel = channel or item.channel or Channel.MESSAGE
    interaction = Interaction(
        contact_id=item.contact_id,
        date=today,
        channel=channel,
        direction=Direction.EXCHANGE,
        kind=DONE_KINDS.get(item.rule),
        notes=item.action(lang),
    )
    return _decision(item, FollowUpStatus.DONE, item.due_on, lang, today, channel), interaction


def skipped(item: Item, today: dt.date, lang: str | None = None) -> FollowUp:
    """Skipping a follow-up: it leaves the plan (a rhythm one comes back one cycle later)."""
    return _decision(item, FollowUpStatus.SKIPPED, max(item.day, today), lang)


def snoozed(item: Item, today: dt.date, days: int = 7, lang: str | None = None) -> FollowUp:
    """Putting a follow-up off by ``days`` (from its date, or from today if it is overdue)."""
    return _decision(
        item, FollowUpStatus.PLANNED, max(item.day, today) + dt.timedelta(days=days), lang
    )


def _decision(
    item: Item,
    status: FollowUpStatus,
    due_on: dt.date,
    lang: str | None,
    done_on: dt.date | None = None,
    channel: Channel | None = None,
) -> FollowUp:
    return FollowUp(
        contact_id=item.contact_id,
        due_on=due_on,
        reason=item.reason(lang),
        channel=channel or item.channel,
        status=status,
        rule=item.rule,
        origin=item.key,
        done_on=done_on,
    )


def custom(contact_id: object, due_on: object, reason: object, channel: object = None) -> FollowUp:
    """A follow-up the participant adds themselves, checked; its key is derived from its data."""
    if not isinstance(contact_id, int) or isinstance(contact_id, bool):
        raise ValidationError("errors.missing_field", field=t("fields.contact"))
    if not isinstance(due_on, dt.date):
        raise ValidationError("errors.missing_field", field=t("fields.date"))
    text = clean_text(reason)
    if not text:
        raise ValidationError("errors.missing_field", field=t("followups.fields.reason"))
    if len(text) > TEXT_LIMIT:
        raise ValidationError(
            "errors.too_long", field=t("followups.fields.reason"), limit=TEXT_LIMIT
        )
    channel = Channel(channel) if channel else None
    digest = hashlib.sha256(f"{contact_id}|{due_on}|{text}".encode()).hexdigest()[:12]
    return FollowUp(
        contact_id=contact_id,
        due_on=due_on,
        reason=text,
        channel=channel,
        rule="custom",
        origin=f"custom:{contact_id}:{digest}",
    )
