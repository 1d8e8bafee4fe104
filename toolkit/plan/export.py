"""The follow-up plan leaves the workshop: a calendar file (RFC 5545), a spreadsheet, plain text.

Pure: each function returns the file's content; writing it is the caller's job.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import unicodedata
import zoneinfo

from toolkit.core.model import label
from toolkit.i18n import get_language, long_date, t
from toolkit.plan.followups import Item, Plan, Settings, week_start

FIRST_SLOT = dt.time(9, 0)  # follow-ups of a day follow each other from 9:00 local time
SLOT_MINUTES = 30
LAST_SLOT_START = dt.time(17, 30)
PRODID = "-//Atelier Réseau//Follow-up plan//FR"
UID_DOMAIN = "atelier-reseau.invalid"
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection); "|" starts
# a DDE command in some. Checked after invisible characters and once full-width forms (＝, ＋)
# are folded to their plain ones, since spreadsheets do both.
FORMULA_STARTS = ("=", "+", "-", "@", "|", "\t", "\r", "\n")


def time_zone(name: str) -> zoneinfo.ZoneInfo:
    """The time zone called ``name`` (``Europe/Paris``...), or a clear error."""
    return zoneinfo.ZoneInfo(Settings().with_timezone(name).timezone)


def uid(item: Item, namespace: str = "") -> str:
    """A calendar UID derived from the plan item (never random): re-exporting the plan updates
    the same events instead of duplicating them. ``namespace`` keeps two workspaces apart."""
    digest = hashlib.sha256(f"{namespace}|{item.key}".encode()).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def slots(plan: Plan, zone: zoneinfo.ZoneInfo) -> list[tuple[Item, dt.datetime]]:
    """Each follow-up of the plan with its local start time: one after the other from 9:00."""
    result, per_day = [], {}
    last = dt.datetime.combine(dt.date.min, LAST_SLOT_START)
    for item in plan.items:
        rank = per_day.get(item.day, 0)
        per_day[item.day] = rank + 1
        start = dt.datetime.combine(dt.date.min, FIRST_SLOT) + dt.timedelta(
            minutes=SLOT_MINUTES * rank
        )
        start = min(start, last)
        result.append((item, dt.datetime.combine(item.day, start.time(), tzinfo=zone)))
    return result


def _channel(item: Item, lang: str | None) -> str:
    return label(item.channel, lang) if item.channel else t("followups.export.no_channel", lang)


def to_ics(
    plan: Plan, timezone: str = "Europe/Paris", namespace: str = "", lang: str | None = None
) -> bytes:
    """The plan as an iCalendar file: one event per follow-up, in local time, with a reminder."""
    import icalendar  # only when exporting: spares notebooks its import time

    zone = time_zone(timezone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", t("followups.export.calendar_name", lang))
    calendar.add("x-wr-timezone", zone.key)
    stamp = dt.datetime.combine(plan.today, dt.time(0, 0), tzinfo=dt.UTC)
    for item, start in slots(plan, zone):
        event = icalendar.Event()
        event.add("uid", uid(item, namespace))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=SLOT_MINUTES))
        event.add("summary", t("followups.export.summary", lang, action=item.action(lang)))
        event.add(
            "description",
            t(
                "followups.export.description",
                lang,
                reason=item.reason(lang),
                channel=_channel(item, lang),
            ),
        )
        event.add("status", "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.action(lang))
        alarm.add("trigger", dt.timedelta(minutes=-15))
        event.add_component(alarm)
        calendar.add_component(event)
    # Time-zone rules for the plan's span only (the default spans 1970-2038: 4 KB of dates).
    calendar.add_missing_timezones(
        first_date=week_start(plan.today) - dt.timedelta(days=366),
        last_date=plan.today + dt.timedelta(weeks=plan.weeks + 53),
    )
    return calendar.to_ical()


def neutral(value: object) -> str:
    """A spreadsheet cell that can never run as a formula: risky starts get a leading quote."""
    text = "" if value is None else str(value)
    visible = text.lstrip("".join(ch for ch in set(text[:64]) if _invisible(ch)))
    first = unicodedata.normalize("NFKC", visible[:1])
    risky = text.startswith(FORMULA_STARTS) or first.startswith(FORMULA_STARTS)
    return "'" + text if risky else text


def _invisible(ch: str) -> bool:
    """Characters a spreadsheet may skip before reading a formula: zero-width ones, the
    byte-order mark, spaces."""
    return unicodedata.category(ch) in ("Cf", "Zs", "Cc") and ch not in "\t\r\n"


def to_csv(plan: Plan, lang: str | None = None) -> str:
    """The plan as a spreadsheet: ``;``-separated in French (as French spreadsheets expect)."""
    lang = lang or get_language()
    columns = ("date", "due", "contact", "circle", "channel", "action", "reason", "status")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    writer.writerow([t(f"followups.export.csv_{c}", lang) for c in columns])
    for item in plan.items:
        status = (
            t("followups.status.overdue", lang, date=long_date(item.due_on, lang))
            if item.due_on < plan.today
            else t("followups.status.planned", lang)
        )
        writer.writerow(
            neutral(v)
            for v in (
                item.day.isoformat(),
                item.due_on.isoformat(),
                item.name,
                item.circle or "",
                _channel(item, lang),
                item.action(lang),
                item.reason(lang),
                status,
            )
        )
    return out.getvalue()


def week_title(plan: Plan, number: int, lang: str | None = None) -> str:
    """ "This week" or "Week of Monday 21 September 2026"."""
    if number == 0:
        return t("followups.ui.this_week", lang)
    start = week_start(plan.today) + dt.timedelta(weeks=number)
    return t("followups.ui.week_of", lang, date=long_date(start, lang))


def plan_lines(plan: Plan, lang: str | None = None) -> list[str]:
    """The plan as text, week by week (what ``atelier plan`` prints)."""
    lines = []
    for number in range(plan.weeks):
        lines.append(week_title(plan, number, lang))
        items = plan.week(number)
        if not items:
            lines.append("  " + t("followups.nothing", lang))
        for item in items:
            lines.append(
                f"  {long_date(item.day, lang)} · {item.action(lang)} ({_channel(item, lang)})"
            )
            lines.append(f"      {item.reason(lang)}")
    lines.append(plan.summary(lang))
    return lines
