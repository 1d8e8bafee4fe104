"""What each column of an export means, whatever its language, order or exporter.

Headers are compared after ``header_key`` (no accents, case or punctuation), against patterns
for each field. Formats are told apart by the columns only one exporter writes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

# Fields of a contact an export can fill. A field with several columns (emails, phones) takes the
# first non-empty one; the others are kept in the notes.
FIELD_PATTERNS: dict[str, str] = {
    "connected_on": r"connected on|date de connexion",
    "first_name": r"first ?name|given name|prenom",
    "middle_name": r"middle name|additional name|(deuxieme|second|autre) prenom",
    "last_name": r"last ?name|family name|surname|nom( de famille)?",
    "full_name": r"name|full ?name|display name|formatted name|nom complet|nom affiche",
    "suffix": r"(name )?suffix|suffixe",
    "company": r"company( name)?|companies|organi[sz]ation( 1)?( name)?|business|employer|societe"
    r"|entreprise|employeur",
    "position": r"position|job title|organi[sz]ation( 1)? title|fonction|poste",
    # The kind of address or number may come before the word or after it (Roundcube's and some
    # CRMs' "Email Home", "Phone Work").
    "email": (
        r"((primary|secondary|home|work|business|personal|private|other|contact) )?e ?mails?"
        r"( address)?( (primary|secondary|home|work|business|personal|private|other))?"
        r"|e ?mail( \d)? (address|value)|e ?mail address \d|courriel( \d)?"
        r"|adresse (de messagerie|e ?mail|mail)( \d)?"
    ),
    "phone": (
        r"((primary|mobile|home|business|other|car|company main|assistant|radio) )?phone( \d)?"
        r"|phone (mobile|cell|home|work|business|other|main)"
        r"|phone \d value|phone ?numbers|tel|mobile|portable"
        r"|tel(ephone)? ?(mobile|portable|bureau|domicile|principal|professionnel)?( \d)?"
    ),
    # A profile address names one person; a website (a company's, often) may be shared by
    # colleagues: both are kept, only the first identifies someone (see dedupe).
    "profile_url": r"url|profile url|profiles?|linkedin( url)?",
    "website": r"(personal |business )?web ?page|website( \d)?( value)?|page web( perso\w*)?"
    r"|site web|sites?",
    "notes": r"notes?|commentaires?",
    "title": r"title|titre",  # a civility (Mr, Mme) or, French Outlook's second one, a job title
}
# Words may be run together ("FirstName", "EmailAddress", "ConnectedOn": LinkedIn's files as
# some spreadsheets and scripts save them again): every space of a pattern is optional.
_COMPILED = {
    name: re.compile(re.sub(r" (?!\?)", " ?", pattern)) for name, pattern in FIELD_PATTERNS.items()
}
NAME_FIELDS = ("first_name", "last_name", "full_name")

# Columns that only one exporter writes.
LINKEDIN_MARKERS = {"connectedon"}  # compared without spaces (``_compact``)
LINKEDIN_CONTACTS_MARKERS = {"emails", "phonenumbers", "companies", "bookmarkedat",
                             "instantmessagehandles", "createdat"}  # fmt: skip
PROFILE_MARKERS = {"maiden name", "headline", "summary", "birth date", "geo location",
                   "twitter handles"}  # fmt: skip
GOOGLE_MARKERS = re.compile(
    r"(e mail|phone|organization|website|address|relation|event|custom field) \d"
    r" (value|label|type|name)"
    r"|labels|group membership|phonetic first name|yomi name|file as|organization name"
)
OUTLOOK_MARKERS = re.compile(
    r"e mail (address|display name|type)|e mail \d address|job title|business (street|phone)"
    r"|web page|adresse de messagerie( \d)?|type de messagerie|rue bureau|telephone bureau"
)
# Other LinkedIn files people pick by mistake (invitations, messages, profile...).
OTHER_LINKEDIN_FILES = re.compile(
    r"sent at|inviterprofileurl|inviteeprofileurl|conversation id|conversation title|headline"
    r"|followed on|endorsement date|skill name|invitation"
)


def header_key(header: str) -> str:
    """A header reduced for matching: "E-mail 1 - Value" -> "e mail 1 value"."""
    plain = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.casefold()).split())


@dataclass
class Layout:
    """Which columns (by position) hold each field."""

    columns: dict[str, list[int]] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """Whether some column holds ``name``."""
        return bool(self.columns.get(name))

    def recognised(self) -> int:
        """How many columns have a known meaning."""
        return sum(len(found) for found in self.columns.values())


# Civilities, as the "Title" column of Outlook and its kin holds them (compared after
# ``header_key``): a "Title" column holding anything else is a job title.
CIVILITIES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "m", "mme", "mlle", "mmes",
    "me", "pr", "herr", "frau", "sr", "sra", "srta", "don", "dona", "mister", "madam", "madame",
    "monsieur", "mademoiselle", "docteur", "professeur", "maitre",
})  # fmt: skip


def _holds_job_titles(values: list[str]) -> bool:
    """Whether a lone "Title" column's values are job titles rather than civilities."""
    filled = [header_key(value) for value in values if value.strip()]
    return bool(filled) and sum(value not in CIVILITIES for value in filled) > len(filled) / 2


def layout_of(headers: list[str], titles_of: Callable[[int], list[str]] | None = None) -> Layout:
    """The meaning of each column of a header row; unknown columns are left out.

    ``titles_of(position)`` gives a column's first values: a lone "Title" column in a file without
    a job title column is read as the job title when its values are not civilities (a rolodex,
    a CRM's export), as the civility otherwise (Outlook's)."""
    layout = Layout()
    titles: list[int] = []
    for index, header in enumerate(headers):
        key = header_key(header)
        for name, pattern in _COMPILED.items():
            if pattern.fullmatch(key):
                if name == "title":
                    titles.append(index)
                else:
                    layout.columns.setdefault(name, []).append(index)
                break
    # French Outlook writes "Titre" twice: the civility first, then the job title; LinkedIn's
    # Contacts.csv writes one "Title", the job title.
    if len(titles) >= 2 and not layout.has("position"):
        layout.columns["position"] = [titles[1]]
    elif titles and not layout.has("position") and is_linkedin_contacts(headers):
        layout.columns["position"] = titles[:1]
    elif (
        len(titles) == 1
        and not layout.has("position")
        and titles_of is not None
        and _holds_job_titles(titles_of(titles[0]))
    ):
        layout.columns["position"] = titles
    return layout


def looks_like_header(headers: list[str]) -> bool:
    """Whether a row is a header naming people: a name or email column, and another known one."""
    layout = layout_of(headers)
    named = any(layout.has(name) for name in (*NAME_FIELDS, "email"))
    return named and layout.recognised() >= 2


def _compact(headers: list[str]) -> set[str]:
    """Header keys without their spaces: "Connected On" and "ConnectedOn" alike."""
    return {header_key(h).replace(" ", "") for h in headers}


def is_linkedin_contacts(headers: list[str]) -> bool:
    """Whether a header row is LinkedIn's ``Contacts.csv`` (the address books a member synced)."""
    return len(_compact(headers) & LINKEDIN_CONTACTS_MARKERS) >= 2


def is_own_profile(headers: list[str]) -> bool:
    """Whether a header row is LinkedIn's ``Profile.csv``: the participant, not a contact."""
    keys = {header_key(h) for h in headers}
    return not _compact(headers) & LINKEDIN_MARKERS and len(keys & PROFILE_MARKERS) >= 2


def detect_format(headers: list[str], file_name: str = "") -> str:
    """``linkedin``, ``google``, ``outlook`` or ``csv`` (a spreadsheet of the participant's own)."""
    keys = {header_key(h) for h in headers}
    if _compact(headers) & LINKEDIN_MARKERS or is_linkedin_contacts(headers):
        return "linkedin"
    if any(GOOGLE_MARKERS.fullmatch(k) for k in keys):
        return "google"
    if any(OUTLOOK_MARKERS.fullmatch(k) for k in keys):
        # LinkedIn's exports before 2017 were written in Outlook's layout.
        return "linkedin" if "linkedin" in file_name.casefold() else "outlook"
    return "csv"


def is_other_linkedin_file(headers: list[str]) -> bool:
    """Whether a header row comes from a LinkedIn export other than the connections file."""
    return any(OTHER_LINKEDIN_FILES.fullmatch(header_key(h)) for h in headers)


# The columns of LinkedIn's connections file that an import needs, as LinkedIn names them.
LINKEDIN_COLUMNS = ("First Name", "Last Name", "Connected On")
