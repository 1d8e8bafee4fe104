"""Informational interviews (entretien réseau): prepare, debrief, and the pipeline. Pure; no I/O.

A meeting asked for advice and information, never for a job (P6), that ends with "whom else
should I meet?". Preparation is built from the chosen contact and the saved ask; the question
bank and the 30-minute running order come from ``interview_guides/<lang>.toml``, which a trainer
can read. A debrief turns names given into contacts "introduced by" the person met and schedules
the method's follow-ups, each with a stable key, so saving the same debrief again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from toolkit.ask.drafts import ask_body, drafts
from toolkit.ask.pitch import Target
from toolkit.ask.progress import SavedAsk
from toolkit.core.errors import ValidationError
from toolkit.core.model import (
    TEXT_LIMIT,
    Approach,
    Channel,
    Contact,
    Direction,
    FollowUp,
    Interaction,
    InteractionKind,
    Interview,
    KnowsMe,
    Source,
    clean_text,
)
from toolkit.core.names import exact_name_key, name_key
from toolkit.i18n import day_text, long_date, t, typeset

GUIDES_DIR = Path(__file__).parent / "guides"
QUESTION_FAMILIES = ("advice", "field", "contacts")
INTRODUCTION_PARTS = ("who", "background", "project", "why")
THANKS_WITHIN_DAYS = 1  # thank within 24 hours
FIRST_MESSAGE_DAYS = 3  # write to each name while the recommendation is fresh
GIVE_BACK_DAYS = 7  # keep the promise made at the end of the meeting (P4)
REPORT_DAYS = 14  # tell the introducer what came of it (P10)
PREPARED_ORIGIN = "prepared:"  # a referral noted when preparing ("introduced by"), not a name given
COLD_EMAIL_ANSWER_RATE = 0.15  # roughly what cold emails get (seed 003)
NAME_SEPARATORS = re.compile(r"\s+[—–-]\s+|\s*;\s*")


@cache
def guide(lang: str) -> dict:
    """The question bank and running order of one language, from the file a trainer can edit."""
    with open(GUIDES_DIR / f"{lang}.toml", "rb") as handle:
        return typeset(tomllib.load(handle), lang)  # French spacing, as in the catalogues


def interview_key(contact_id: int, asked_on: dt.date) -> str:
    """The stable key of an interview: whom, and the day the meeting was asked for."""
    return f"{contact_id}:{asked_on.isoformat()}"


def approach_for(contact: Mapping, referred: bool) -> Approach:
    """Warm when someone introduced me or the contact already knows me; cold otherwise."""
    knows = contact.get("knows_me")
    knows = None if knows is None or pd.isna(knows) else knows
    return Approach.WARM if referred or knows in (KnowsMe.YES, KnowsMe.A_LITTLE) else Approach.COLD


# -- preparation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preparation:
    """Everything to have in mind before the meeting; every text may be edited by hand."""

    contact_name: str
    introduction: dict[str, str]  # INTRODUCTION_PARTS -> text
    their_work: str
    questions: dict[str, tuple[str, ...]]  # QUESTION_FAMILIES -> questions
    running_order: tuple[tuple[int, str], ...]
    offer: str
    ask: str = ""

    @property
    def introduction_text(self) -> str:
        """The introduction as one text, part after part."""
        return " ".join(self.introduction[p] for p in INTRODUCTION_PARTS if self.introduction[p])

    def to_dict(self) -> dict:
        """As stored with the interview (plain JSON data)."""
        data = asdict(self)
        data["questions"] = {k: list(v) for k, v in self.questions.items()}
        data["running_order"] = [list(step) for step in self.running_order]
        return data


def speaking_seconds(text: str, lang: str = "fr") -> int:
    """About how long ``text`` takes to say, calmly."""
    words = len(str(text).split())
    return round(60 * words / guide(lang)["words_per_minute"])


def introduction_target(lang: str = "fr") -> Target:
    """The three-minute introduction as a target for step 2's pitch builder, at the guide's
    pace (trainers set both in ``guides/*.toml``)."""
    rules = guide(lang)
    return Target("3min", 60 * rules["introduction_minutes"], rules["words_per_minute"])


def fits_in_time(text: str, lang: str = "fr") -> bool:
    """Whether the introduction fits in the guide's minutes (three)."""
    return speaking_seconds(text, lang) <= 60 * guide(lang)["introduction_minutes"]


def introduction(fields: Mapping[str, str], me: str, lang: str = "fr") -> dict[str, str]:
    """A first draft of the three-minute introduction from the saved ask's builder fields."""
    values = {k: " ".join(str(fields.get(k) or "").split()) for k in fields}
    domain, niche = values.get("domain", ""), values.get("niche", "")
    # "la logistique, plus précisément les entrepôts", not "la logistique les entrepôts"
    project = (
        t("interviews.intro.project_both", lang, domain=domain, niche=niche)
        if domain and niche
        else domain or niche
    )
    help_kind = values.get("help") or "advice"
    parts = {
        "who": t("interviews.intro.who", lang, me=me) if me else "",
        "background": t("interviews.intro.background", lang, experience=values["experience"])
        if values.get("experience")
        else "",
        "project": t("interviews.intro.project", lang, project=project) if project else "",
        "why": t(
            "interviews.intro.why",
            lang,
            help=t(f"interviews.intro.help.{help_kind}", lang)
            if help_kind in ("advice", "information", "introduction")
            else t("interviews.intro.help.advice", lang),
        ),
    }
    return parts


def their_work(contact: Mapping, lang: str = "fr") -> str:
    """What the workspace knows of the contact's work (P7: show you know it), to complete."""
    position = clean_text(contact.get("position"))
    company = clean_text(contact.get("company"))
    sector = clean_text(contact.get("sector"))
    lines = []
    if position or company:
        lines.append(
            t("interviews.work.role", lang, position=position or "…", company=company or "…")
        )
    if sector:
        lines.append(t("interviews.work.sector", lang, sector=sector))
    notes = clean_text(contact.get("notes"))
    if notes:
        lines.append(notes)
    lines.append(t("interviews.work.to_find", lang))
    return "\n".join(lines)


def prepare(contact: Mapping, ask: SavedAsk | None, me: str = "", lang: str = "fr") -> Preparation:
    """The preparation for meeting ``contact``, drafted from the saved ``ask`` (if any)."""
    fields = ask.fields if ask is not None else {}
    data = guide(lang)
    offer = " ".join(str(fields.get("offer") or "").split())
    return Preparation(
        contact_name=clean_text(contact.get("display_name")),
        introduction=introduction(fields, me, lang),
        their_work=their_work(contact, lang),
        questions={f: tuple(data["questions"][f]) for f in QUESTION_FAMILIES},
        running_order=tuple((int(s["minutes"]), str(s["step"])) for s in data["running_order"]),
        offer=offer or t("interviews.offer.default", lang),
        ask=ask_body(ask.text, lang) if ask is not None else "",  # never another contact's name
    )


_PRINT_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;color:#1F2933;margin:1.5em}
h1{font-size:16pt;margin:0 0 .3em}h2{font-size:12pt;margin:.8em 0 .2em;color:#0072B2}
p,li{margin:.15em 0}ul,ol{margin:.2em 0 .2em 1.2em;padding:0}
.cols{display:flex;gap:1.5em}.cols>div{flex:1}
@media print{@page{size:A4;margin:12mm}body{margin:0;font-size:10pt}
h2{break-after:avoid}section{break-inside:avoid}}
"""


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in str(text).splitlines())


def _labelled(part: str, text: str) -> str:
    """A part of the introduction on the sheet, its label once: the drafted sentences already
    start with it ("Mon parcours : …"), a text typed by hand may not."""

    def words(value: str) -> str:
        return " ".join(value.replace(":", " ").casefold().split())

    if words(text).startswith(words(part)):
        return html.escape(text)
    return f"<b>{html.escape(part)}</b> {html.escape(text)}"


def check_met_on(met_on: dt.date, asked_on: dt.date | None, lang: str | None = None) -> None:
    """A meeting cannot come before it was asked for: refuse the date, saying why."""
    if asked_on is not None and met_on < asked_on:
        raise ValidationError(
            "interviews.errors.met_before_asked",
            met=long_date(met_on, lang),
            asked=long_date(asked_on, lang),
        )


def sheet_html(prep: Preparation, lang: str = "fr") -> str:
    """A printable one-page preparation sheet (a whole HTML page; every text escaped)."""
    e = html.escape
    intro = "".join(
        f"<li>{_labelled(t(f'interviews.intro.parts.{p}', lang), prep.introduction[p])}</li>"
        for p in INTRODUCTION_PARTS
        if prep.introduction.get(p)
    )
    seconds = speaking_seconds(prep.introduction_text, lang)
    families = "".join(
        f"<div><h2>{e(t(f'interviews.families.{f}', lang))}</h2><ul>"
        + "".join(f"<li>{e(q)}</li>" for q in prep.questions.get(f, ()))
        + "</ul></div>"
        for f in QUESTION_FAMILIES
    )
    order = "".join(
        f"<li><b>{minutes} min</b> — {e(step)}</li>" for minutes, step in prep.running_order
    )
    title = e(t("interviews.sheet.title", lang, name=prep.contact_name))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{_PRINT_CSS}</style></head><body><h1>{title}</h1>"
        + (
            f"<section><h2>{e(t('interviews.sheet.ask', lang))}</h2><p>{e(prep.ask)}</p></section>"
            if prep.ask
            else ""
        )
        + f"<section><h2>{e(t('interviews.sheet.introduction', lang))}</h2><ul>{intro}</ul>"
        f"<p><small>{e(t('interviews.sheet.timing', lang, count=seconds))}</small></p></section>"
        f"<section><h2>{e(t('interviews.sheet.their_work', lang))}</h2>"
        f"<p>{_lines(prep.their_work)}</p></section>"
        f"<section class='cols'>{families}</section>"
        f"<section><h2>{e(t('interviews.sheet.running_order', lang))}</h2><ol>{order}</ol>"
        "</section>"
        f"<section><h2>{e(t('interviews.sheet.offer', lang))}</h2><p>{_lines(prep.offer)}</p>"
        "</section></body></html>"
    )


# -- debrief -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GivenName:
    """Someone the person met advised me to meet."""

    name: str
    company: str = ""
    note: str = ""


@dataclass(frozen=True)
class Debrief:
    """What came out of the meeting, written right after it."""

    learned: str = ""
    advice: str = ""
    names: tuple[GivenName, ...] = ()
    next_steps: str = ""
    give_back: str = ""
    thanks: bool = True  # plan the thank-you within 24 hours
    opportunity: bool = False  # something concrete came of it (a lead, a mission, a job)

    def to_dict(self) -> dict:
        """As stored with the interview."""
        data = asdict(self)
        data["names"] = [asdict(n) for n in self.names]
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> Debrief:
        """Back from what ``to_dict`` stored (unknown keys ignored)."""
        names = tuple(GivenName(**n) for n in data.get("names", ()))
        known = {"learned", "advice", "next_steps", "give_back", "thanks", "opportunity"}
        return cls(names=names, **{k: v for k, v in data.items() if k in known})


def parse_names(text: str) -> tuple[GivenName, ...]:
    """Names given, one per line: "Name — company — why meet them" (company and note optional)."""
    names = []
    for line in str(text).splitlines():
        parts = [clean_text(p) for p in NAME_SEPARATORS.split(line.strip(), maxsplit=2)]
        if parts and parts[0]:
            parts += ["", ""]
            names.append(GivenName(parts[0][:200], parts[1][:200], parts[2][:TEXT_LIMIT]))
    return tuple(names)


def debrief_from_fields(fields: Mapping[str, object]) -> Debrief:
    """A debrief from the form's fields (texts cleaned, names parsed one per line)."""

    def text(key: str) -> str:
        value = clean_text(fields.get(key))
        if len(value) > TEXT_LIMIT:  # refused with a message, never cut without a word
            raise ValidationError("errors.too_long", field=t("fields.text"), limit=TEXT_LIMIT)
        return value

    if len(str(fields.get("names") or "")) > TEXT_LIMIT:
        raise ValidationError("errors.too_long", field=t("fields.text"), limit=TEXT_LIMIT)
    return Debrief(
        learned=text("learned"),
        advice=text("advice"),
        names=parse_names(str(fields.get("names") or "")),
        next_steps=text("next_steps"),
        give_back=text("give_back"),
        thanks=bool(fields.get("thanks", True)),
        opportunity=bool(fields.get("opportunity", False)),
    )


def missing(debrief: Debrief) -> list[str]:
    """What the method expects and the debrief lacks: ``no_names``, ``no_give_back``,
    ``no_thanks``, ``no_learned`` (keys of ``interviews.missing`` in the catalogue)."""
    gaps = []
    if not debrief.learned and not debrief.advice:
        gaps.append("no_learned")
    if not debrief.names:
        gaps.append("no_names")
    if not debrief.give_back:
        gaps.append("no_give_back")
    if not debrief.thanks:
        gaps.append("no_thanks")
    return gaps


def name_origin(interview: str, name: str) -> str:
    """The stable key of a name given in one interview's debrief."""
    return f"interview:{interview}:name:{exact_name_key(name)}"


def new_contacts(
    key: str, debrief: Debrief, met_on: dt.date, via: str
) -> list[tuple[str, Contact]]:
    """Each name given, as a contact to add (with its stable origin); a name repeated once."""
    seen: dict[str, tuple[str, Contact]] = {}
    for given in debrief.names:
        origin = name_origin(key, given.name)
        if origin in seen:
            continue
        contact = Contact(
            display_name=given.name,
            company=given.company,
            how_met=via,
            notes=given.note,
            source=Source.MANUAL,
            added_on=met_on,
        )
        seen[origin] = (origin, contact)
    return list(seen.values())


def already_known(
    key: str, debrief: Debrief, contacts: pd.DataFrame, met_id: int, referrals: pd.DataFrame
) -> dict[str, int]:
    """The names given that are people already in the workspace: origin -> their contact id.

    Names are compared as the importer and quick add compare them (accents, case, word order
    and credentials set aside), so "Dr Inès MARCHAND" finds "Inès Marchand" instead of becoming
    a second card. When two contacts share the name, the oldest is taken; the person met is
    never matched to themselves; a name an earlier save of this debrief added keeps its card.
    """
    if contacts.empty:
        return {}
    recorded = set(referrals["origin"]) if not referrals.empty else set()
    others = contacts[contacts["id"] != met_id].sort_values("id")
    by_key: dict[str, int] = {}
    for contact_id, name in zip(others["id"], others["display_name"], strict=True):
        by_key.setdefault(name_key(str(name)), int(contact_id))
    found = {}
    for given in debrief.names:
        origin = name_origin(key, given.name)
        contact_id = by_key.get(name_key(given.name))
        if contact_id is not None and origin not in recorded:
            found[origin] = contact_id
    return found


def meeting(interview: Interview, lang: str = "fr") -> Interaction | None:
    """The meeting as an interaction (advice received, in person or by the chosen channel)."""
    if interview.met_on is None:
        return None
    channel = interview.channel if interview.channel in (Channel.PHONE, Channel.VIDEO) else None
    return Interaction(
        contact_id=interview.contact_id,
        date=interview.met_on,
        channel=channel or Channel.IN_PERSON,
        direction=Direction.RECEIVED,
        kind=InteractionKind.ADVICE,
        notes=t("interviews.meeting_note", lang),
    )


def debrief_followups(
    interview: Interview,
    debrief: Debrief,
    ids: Mapping[str, int],
    met_name: str,
    introducer: tuple[int, str] | None = None,
    ask: str = "",
    me: str = "",
    lang: str = "fr",
) -> list[FollowUp]:
    """The method's follow-ups after a meeting, each under a stable key: thanks within 24 hours,
    the promised give-back, a report to whoever introduced me (P10), and a first message to each
    name given that says who recommended me (the step-2 drafts)."""
    met_on = interview.met_on
    if met_on is None:
        return []
    key = interview.key

    def planned(contact_id: int, days: int, what: str, reason: str, channel: Channel) -> FollowUp:
        return FollowUp(
            contact_id=contact_id,
            due_on=met_on + dt.timedelta(days=days),
            reason=reason[:TEXT_LIMIT],
            channel=channel,
            rule="custom",
            origin=f"interview:{key}:{what}",
        )

    found = []
    if debrief.thanks:
        found.append(
            planned(
                interview.contact_id,
                THANKS_WITHIN_DAYS,
                "thanks",
                t("interviews.followups.thanks", lang, name=met_name),
                Channel.EMAIL,
            )
        )
    if debrief.give_back:
        found.append(
            planned(
                interview.contact_id,
                GIVE_BACK_DAYS,
                "give_back",
                t("interviews.followups.give_back", lang, name=met_name, what=debrief.give_back),
                Channel.EMAIL,
            )
        )
    if introducer is not None:
        found.append(
            planned(
                introducer[0],
                REPORT_DAYS,
                "report",
                t("interviews.followups.report", lang, name=introducer[1], met=met_name),
                Channel.PHONE,
            )
        )
    for given in debrief.names:
        origin = name_origin(key, given.name)
        if origin not in ids:
            continue
        draft = drafts(ask, lang, given.name, me, None, met_name)["linkedin"].text if ask else ""
        reason = t("interviews.followups.first_message", lang, name=given.name, via=met_name)
        found.append(
            planned(
                ids[origin],
                FIRST_MESSAGE_DAYS,
                f"name:{exact_name_key(given.name)}",
                f"{reason}\n{draft}".strip(),
                Channel.EMAIL,
            )
        )
    return found


# -- pipeline ------------------------------------------------------------------------------------

STAGES = ("asked", "answered", "met", "names", "contacted", "opportunities")


@dataclass(frozen=True)
class Funnel:
    """The pipeline from asks sent to opportunities, and answer rates by channel and approach."""

    stages: dict[str, int]
    by_channel: pd.DataFrame  # channel, asked, answered, rate
    by_approach: pd.DataFrame  # approach, asked, answered, rate
    reference_rate: float = COLD_EMAIL_ANSWER_RATE

    @property
    def empty(self) -> bool:
        """No interview asked for yet."""
        return self.stages["asked"] == 0

    @property
    def answer_rate(self) -> float | None:
        """Answers per ask sent (``None`` before the first ask)."""
        return None if self.empty else self.stages["answered"] / self.stages["asked"]


def _rates(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    grouped = (
        frame.assign(answered=frame["answered_on"].notna() | frame["met_on"].notna())
        .groupby(column, observed=True)["answered"]
        .agg(asked="size", answered="sum")
        .reset_index()
    )
    grouped["answered"] = grouped["answered"].astype(int)
    grouped["rate"] = grouped["answered"] / grouped["asked"]
    return grouped.sort_values(column, ignore_index=True)


def funnel(interviews: pd.DataFrame, referrals: pd.DataFrame, interactions: pd.DataFrame) -> Funnel:
    """Count each stage: asks sent, answers, meetings, names obtained, names contacted (a new
    name with at least one exchange logged), opportunities."""
    answered = interviews["answered_on"].notna() | interviews["met_on"].notna()
    # names obtained are the names given in debriefs; "introduced by", noted when preparing a
    # meeting, is how one got there (the referral tree), not a name the meeting gave
    referrals = referrals[~referrals["origin"].fillna("").str.startswith(PREPARED_ORIGIN)]
    contacted = referrals["contact_id"].isin(set(interactions["contact_id"].dropna()))
    stages = {
        "asked": len(interviews),
        "answered": int(answered.sum()),
        "met": int(interviews["met_on"].notna().sum()),
        "names": len(referrals),
        "contacted": int(contacted.sum()),
        "opportunities": int((interviews["opportunity"].fillna(0) == 1).sum()),
    }
    return Funnel(stages, _rates(interviews, "channel"), _rates(interviews, "approach"))


def contact_names(contacts: pd.DataFrame) -> dict[int, str]:
    """Each contact's name by id."""
    return dict(zip(contacts["id"].astype(int), contacts["display_name"].astype(str), strict=True))


@dataclass(frozen=True)
class TreeNode:
    """One person in the referral tree: who led me to them (``parent``; 0 = me)."""

    contact_id: int
    parent: int
    name: str


def referral_tree(
    referrals: pd.DataFrame, contacts: pd.DataFrame, interviews: pd.DataFrame
) -> list[TreeNode]:
    """Who led me to whom, from my first contacts outwards: people I asked for a meeting and
    everyone introduced since. Contacts nobody introduced hang from me (parent 0)."""
    parent = {
        int(c): int(p)
        for c, p in zip(referrals["contact_id"], referrals["introduced_by"], strict=True)
    }
    people = set(parent) | set(parent.values())
    people |= {int(c) for c in interviews["contact_id"].dropna()}
    names = contact_names(contacts)
    nodes = []
    for cid in sorted(people):
        if cid not in names:
            continue
        up = parent.get(cid, 0)
        nodes.append(TreeNode(cid, up if up in names else 0, names[cid]))
    return _outwards(nodes)


def _outwards(nodes: list[TreeNode]) -> list[TreeNode]:
    """Parents before children (plotly needs it), cycles cut at the first repeat."""
    children: dict[int, list[TreeNode]] = {}
    for node in nodes:
        children.setdefault(node.parent, []).append(node)
    ordered: list[TreeNode] = []
    seen: set[int] = set()
    queue = [0]
    while queue:
        current = queue.pop(0)
        for node in children.get(current, []):
            if node.contact_id not in seen:
                seen.add(node.contact_id)
                ordered.append(node)
                queue.append(node.contact_id)
    ordered += [
        TreeNode(n.contact_id, 0, n.name) for n in nodes if n.contact_id not in seen
    ]  # in a cycle: hung from me
    return ordered


@dataclass(frozen=True)
class Pending:
    """An interview asked for and not held yet: whom, since when, how, and whether they replied."""

    name: str
    asked_on: dt.date
    channel: Channel
    answered: bool


def pending_interviews(interviews: pd.DataFrame, contacts: pd.DataFrame) -> list[Pending]:
    """The interviews still to hold, oldest request first (the ones to chase)."""
    names = contact_names(contacts)
    waiting = interviews[interviews["met_on"].isna()].sort_values(["asked_on", "key"])
    return [
        Pending(
            names.get(int(row.contact_id), "?"),
            pd.Timestamp(row.asked_on).date(),
            Channel(row.channel),
            not pd.isna(row.answered_on),
        )
        for row in waiting.itertuples()
    ]


def names_obtained(referrals: pd.DataFrame, contacts: pd.DataFrame) -> list[tuple[str, str]]:
    """(name, who gave it) for every person an interview led to, in the order they came."""
    names = contact_names(contacts)
    return [
        (names[int(cid)], names.get(int(by), "?"))
        for cid, by in zip(referrals["contact_id"], referrals["introduced_by"], strict=True)
        if int(cid) in names
    ]


def introducer_of(referrals: pd.DataFrame, contact_id: int) -> int | None:
    """Who introduced this contact, if anyone did."""
    rows = referrals[referrals["contact_id"] == contact_id]
    return None if rows.empty else int(rows["introduced_by"].iloc[0])


def interview_choices(interviews: pd.DataFrame, contacts: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, key) pairs to pick an interview: "Name — 10 septembre 2026"."""
    names = contact_names(contacts)
    return [
        (f"{names.get(int(cid), '?')} — {day_text(pd.Timestamp(day).date(), 'd MMMM y')}", str(key))
        for key, cid, day in zip(
            interviews["key"], interviews["contact_id"], interviews["asked_on"], strict=True
        )
    ]


def as_interview(row: Mapping) -> Interview:
    """A stored interview row back as an ``Interview``."""

    def day(value: object) -> dt.date | None:
        return None if pd.isna(value) else pd.Timestamp(value).date()

    return Interview(
        key=str(row["key"]),
        contact_id=int(row["contact_id"]),
        asked_on=day(row["asked_on"]),
        channel=Channel(row["channel"]),
        approach=Approach(row["approach"]),
        ask_id=None if pd.isna(row["ask_id"]) else int(row["ask_id"]),
        answered_on=day(row["answered_on"]),
        met_on=day(row["met_on"]),
        preparation=json.loads(row["preparation"] or "{}"),
        debrief=json.loads(row["debrief"] or "{}"),
        opportunity=bool(row["opportunity"]),
    )


def stage_rows(result: Funnel, lang: str | None = None) -> Sequence[tuple[str, int]]:
    """(label, count) per stage, in order, in ``lang`` (default: the current language)."""
    return [(t(f"interviews.stages.{s}", lang), result.stages[s]) for s in STAGES]
