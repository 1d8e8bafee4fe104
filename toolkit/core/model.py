"""What a network is made of: contacts, interactions, ties, asks, follow-ups. Pure data, no I/O.

Codes stored in the workspace are English identifiers (``peer``, ``email``); the words a
participant reads come from the i18n catalogue (``enum.relation.peer``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, fields
from enum import IntEnum, StrEnum

from toolkit.core.errors import ValidationError
from toolkit.i18n import t


class Circle(IntEnum):
    """Closeness, after Dunbar's layers: 1 = the ~5 closest ... 5 = beyond 150."""

    INTIMATE = 1
    CLOSE = 2
    FRIENDS = 3
    ACQUAINTANCES = 4
    BEYOND = 5


CIRCLE_CAPACITY = {
    Circle.INTIMATE: 5,
    Circle.CLOSE: 15,
    Circle.FRIENDS: 50,
    Circle.ACQUAINTANCES: 150,
}


class Relation(StrEnum):
    """Where the contact stands relative to me."""

    PEER = "peer"
    ABOVE = "above"
    BELOW = "below"
    OUTSIDE = "outside"


class KnowsMe(StrEnum):
    """Whether the contact would recognise me (P1: contacts are not a network)."""

    YES = "yes"
    A_LITTLE = "a_little"
    NO = "no"


class NetworkType(StrEnum):
    """Ibarra's three networks."""

    OPERATIONAL = "operational"
    PERSONAL = "personal"
    STRATEGIC = "strategic"


class Source(StrEnum):
    """Where a contact came from."""

    MANUAL = "manual"
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    VCARD = "vcard"


class Channel(StrEnum):
    """How an interaction happened; the first three are real exchanges (P11)."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"
    MESSAGE = "message"
    SOCIAL = "social"


REAL_CHANNELS = frozenset({Channel.IN_PERSON, Channel.PHONE, Channel.VIDEO})


class Direction(StrEnum):
    """Who helped whom (P4: give first)."""

    GAVE = "gave"
    RECEIVED = "received"
    EXCHANGE = "exchange"


class InteractionKind(StrEnum):
    """What an interaction was about."""

    ADVICE = "advice"
    INTRODUCTION = "introduction"
    INFORMATION = "information"
    THANKS = "thanks"
    ASK = "ask"
    NEWS = "news"
    EVENT = "event"
    IDEA_SHARED = "idea_shared"  # my own work or idea, shared with someone who met me (P13)
    LIKE_COMMENT = "like_comment"  # a like or a comment online: seen, not a real exchange (P13)


# P13: be known for your own ideas, through people who met you, not by the volume of posts.
# These two kinds are counted apart from the channels in the channel mix.
OWN_IDEAS = InteractionKind.IDEA_SHARED
NOT_AN_EXCHANGE = InteractionKind.LIKE_COMMENT


class FollowUpStatus(StrEnum):
    """Where a planned follow-up stands."""

    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"


def label(member: StrEnum | IntEnum, lang: str | None = None) -> str:
    """The word a participant reads for an enum member: ``Relation.ABOVE`` -> "au-dessus de moi"."""
    group = {
        Circle: "circle",
        Relation: "relation",
        KnowsMe: "knows_me",
        NetworkType: "network_type",
        Source: "source",
        Channel: "channel",
        Direction: "direction",
        InteractionKind: "kind",
        FollowUpStatus: "followup_status",
        Approach: "approach",
    }[type(member)]
    return t(f"enum.{group}.{member.value}", lang)


@dataclass(frozen=True)
class Contact:
    """A person in the participant's network; only ``display_name`` is required."""

    display_name: str
    company: str = ""
    position: str = ""
    sector: str = ""
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    circle: Circle | None = None
    relation: Relation | None = None
    knows_me: KnowsMe | None = None
    network_type: NetworkType | None = None
    how_met: str = ""
    source: Source = Source.MANUAL
    notes: str = ""
    added_on: dt.date | None = None


@dataclass(frozen=True)
class Interaction:
    """One exchange with a contact, on a day."""

    contact_id: int
    date: dt.date
    channel: Channel
    direction: Direction
    kind: InteractionKind | None = None
    notes: str = ""


@dataclass(frozen=True)
class Tie:
    """Two contacts who know each other (needed to find intermediaries, P9)."""

    contact_a: int
    contact_b: int


@dataclass(frozen=True)
class Ask:
    """A request the participant drafted, with its assessment once checked."""

    text: str
    created_on: dt.date
    contact_id: int | None = None
    verdict: str = ""
    score: int | None = None
    details: dict = field(default_factory=dict)


@dataclass(frozen=True)
class FollowUp:
    """A dated action planned towards a contact."""

    contact_id: int
    due_on: dt.date
    reason: str
    channel: Channel | None = None
    status: FollowUpStatus = FollowUpStatus.PLANNED
    rule: str = ""
    origin: str = ""  # the plan item it records a decision on (stable key); "" for none
    done_on: dt.date | None = None


class Approach(StrEnum):
    """How a meeting was asked for: through someone who knows us both, or cold (P9, P11)."""

    WARM = "warm"
    COLD = "cold"


@dataclass(frozen=True)
class Interview:
    """An informational interview (entretien réseau), from the request to the debrief.

    ``key`` is stable (contact and day asked), so saving the same interview again updates it.
    """

    key: str
    contact_id: int
    asked_on: dt.date
    channel: Channel
    approach: Approach
    ask_id: int | None = None
    answered_on: dt.date | None = None
    met_on: dt.date | None = None
    preparation: dict = field(default_factory=dict)
    debrief: dict = field(default_factory=dict)
    opportunity: bool = False


@dataclass(frozen=True)
class Referral:
    """A contact someone led me to ("introduced by"), with the debrief entry it came from."""

    contact_id: int
    introduced_by: int
    origin: str  # stable key of the name given in a debrief


# Columns and dtypes of the DataFrames the store returns: identical whether a table is empty or not.
TABLE_DTYPES: dict[str, dict[str, str]] = {
    "contacts": {
        "id": "Int64",
        **{
            name: "string"
            for name in (
                "display_name",
                "company",
                "position",
                "sector",
                "email",
                "phone",
                "profile_url",
            )
        },
        "circle": "Int64",
        "relation": "string",
        "knows_me": "string",
        "network_type": "string",
        "how_met": "string",
        "source": "string",
        "notes": "string",
        "added_on": "datetime64[s]",
    },
    "interactions": {
        "id": "Int64",
        "contact_id": "Int64",
        "date": "datetime64[s]",
        "channel": "string",
        "direction": "string",
        "kind": "string",
        "notes": "string",
    },
    "ties": {"contact_a": "Int64", "contact_b": "Int64"},
    "asks": {
        "id": "Int64",
        "created_on": "datetime64[s]",
        "contact_id": "Int64",
        "text": "string",
        "verdict": "string",
        "score": "Int64",
        "details": "string",
    },
    "followups": {
        "id": "Int64",
        "contact_id": "Int64",
        "due_on": "datetime64[s]",
        "channel": "string",
        "reason": "string",
        "status": "string",
        "rule": "string",
        "origin": "string",
        "done_on": "datetime64[s]",
    },
    "snapshots": {
        "id": "Int64",
        "taken_on": "datetime64[s]",
        "label": "string",
        "figures": "string",
    },
    "interviews": {
        "id": "Int64",
        "key": "string",
        "contact_id": "Int64",
        "ask_id": "Int64",
        "asked_on": "datetime64[s]",
        "channel": "string",
        "approach": "string",
        "answered_on": "datetime64[s]",
        "met_on": "datetime64[s]",
        "preparation": "string",
        "debrief": "string",
        "opportunity": "Int64",
        "interaction_id": "Int64",
    },
    "referrals": {"contact_id": "Int64", "introduced_by": "Int64", "origin": "string"},
}

TEXT_LIMIT = 5_000
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WEB_ADDRESS_PATTERN = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def clean_text(value: object) -> str:
    """Text as stored: NFC-normalised, without control characters, trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return text.strip()


def _enum_or_none(enum_type: type, value: object, field_name: str) -> object:
    if value is None or value == "":
        return None
    try:
        return enum_type(int(value) if enum_type is Circle else value)
    except (ValueError, TypeError):
        allowed = ", ".join(label(m) for m in enum_type)
        raise ValidationError(
            "errors.invalid_choice", field=t(f"fields.{field_name}"), value=value, allowed=allowed
        ) from None


def _date_or_none(value: object, field_name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            "errors.invalid_date", field=t(f"fields.{field_name}"), value=value
        ) from None


def validate_contact(data: dict, today: dt.date | None = None) -> Contact:
    """A ``Contact`` from raw fields, or a ``ValidationError`` saying what to fix."""
    known = {f.name for f in fields(Contact)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"unknown contact fields: {unknown}")
    values = {
        name: clean_text(data.get(name)) for name in known if name not in _TYPED_CONTACT_FIELDS
    }
    if not values["display_name"]:
        raise ValidationError("errors.empty_name")
    for name, text in values.items():
        if len(text) > TEXT_LIMIT:
            raise ValidationError("errors.too_long", field=t(f"fields.{name}"), limit=TEXT_LIMIT)
    if values["email"] and not EMAIL_PATTERN.match(values["email"]):
        raise ValidationError("errors.invalid_email", value=values["email"])
    if values["profile_url"] and not WEB_ADDRESS_PATTERN.match(values["profile_url"]):
        raise ValidationError("errors.invalid_url", value=values["profile_url"])
    added_on = _date_or_none(data.get("added_on"), "added_on")
    if added_on and today and added_on > today:
        raise ValidationError("errors.future_date", field=t("fields.added_on"), value=added_on)
    return Contact(
        **values,
        circle=_enum_or_none(Circle, data.get("circle"), "circle"),
        relation=_enum_or_none(Relation, data.get("relation"), "relation"),
        knows_me=_enum_or_none(KnowsMe, data.get("knows_me"), "knows_me"),
        network_type=_enum_or_none(NetworkType, data.get("network_type"), "network_type"),
        source=_enum_or_none(Source, data.get("source"), "source") or Source.MANUAL,
        added_on=added_on,
    )


_TYPED_CONTACT_FIELDS = frozenset(
    {"circle", "relation", "knows_me", "network_type", "source", "added_on"}
)


def validate_interaction(data: dict, today: dt.date) -> Interaction:
    """An ``Interaction`` from raw fields; its date may not be after ``today``."""
    date = _date_or_none(data.get("date"), "date")
    if date is None:
        raise ValidationError("errors.missing_field", field=t("fields.date"))
    if date > today:
        raise ValidationError("errors.future_date", field=t("fields.date"), value=date)
    channel = _enum_or_none(Channel, data.get("channel"), "channel")
    direction = _enum_or_none(Direction, data.get("direction"), "direction")
    if channel is None:
        raise ValidationError("errors.missing_field", field=t("fields.channel"))
    if direction is None:
        raise ValidationError("errors.missing_field", field=t("fields.direction"))
    contact_id = data.get("contact_id")
    if not isinstance(contact_id, int) or isinstance(contact_id, bool):
        raise ValidationError("errors.missing_field", field=t("fields.contact"))
    return Interaction(
        contact_id=contact_id,
        date=date,
        channel=channel,
        direction=direction,
        kind=_enum_or_none(InteractionKind, data.get("kind"), "kind"),
        notes=clean_text(data.get("notes")),
    )
