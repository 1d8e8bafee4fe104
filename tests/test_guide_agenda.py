"""The trainer's guide's agendas add up: 180 minutes for the 3-hour session, 120 for each
session of the two-session variant (which includes step 5), 60 for each 1-hour session; and
the pre-work message tells how to request LinkedIn's export, in both languages."""

import json
import re
import sys

import pytest

from toolkit.core import workspaces

GUIDES = {
    "fr": workspaces.repo_root() / "workshops" / "fr" / "00_guide_animateur.ipynb",
    "en": workspaces.repo_root() / "workshops" / "en" / "00_facilitator_guide.ipynb",
}
LENGTH = {"fr": "durée", "en": "length"}


def _markdown(lang: str) -> str:
    cells = json.loads(GUIDES[lang].read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def _sections(text: str) -> dict[str, str]:
    """The guide's "## " sections by heading."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return {parts[k].strip(): parts[k + 1] for k in range(1, len(parts), 2)}


def _tables(section: str) -> list[list[dict[str, str]]]:
    """Each markdown table of a section as rows keyed by its header's cells."""
    tables, current, header = [], None, None
    for line in section.splitlines():
        if not line.startswith("|"):
            current = header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header, current = cells, []
            tables.append(current)
        elif not set("".join(cells)) <= set("-: "):
            current.append(dict(zip(header, cells, strict=True)))
    return tables


def _minutes(rows: list[dict[str, str]], lang: str) -> list[int]:
    found = []
    for row in rows:
        match = re.fullmatch(r"(\d+)\s*min", row[LENGTH[lang]].replace("\u202f", " "))
        assert match, row  # every row has a length in minutes
        found.append(int(match.group(1)))
    return found


def _clock(text: str) -> int:
    hours, minutes = text.split(":")
    return 60 * int(hours) + int(minutes)


def _agendas(lang: str) -> dict[str, list[list[dict[str, str]]]]:
    """The 3-hour agenda (one table) and the two-session variant (two tables)."""
    sections = _sections(_markdown(lang))
    (three_hours,) = [h for h in sections if "3" in h and "20" in h]
    (two_sessions,) = [
        h for h in sections if "2" in h and ("5" in h or "interview" in h or "entretien" in h)
    ]
    return {"3h": _tables(sections[three_hours]), "2x2h": _tables(sections[two_sessions])}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_three_hour_agenda_for_twenty_adds_up_to_180_minutes(lang):
    (table,) = _agendas(lang)["3h"]
    lengths = _minutes(table, lang)
    assert sum(lengths) == 180
    starts = [_clock(row[next(iter(row))]) for row in table]
    assert starts == [sum(lengths[:k]) for k in range(len(lengths))]  # each start follows on
    moments = " ".join(row[list(row)[2]] for row in table).lower()
    words = {
        "fr": ("trios", "1. cartographier", "débriefing", "anneau de réciprocité", "binômes"),
        "en": ("trios", "1. map", "debrief", "reciprocity ring", "pairs"),
    }[lang]
    for word in words:  # opening in trios, step 1 and its debrief, the ring, commitments
        assert word in moments, word


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_two_session_variant_includes_step_5_and_each_session_adds_up(lang):
    tables = _agendas(lang)["2x2h"]
    assert len(tables) == 2
    assert [sum(_minutes(table, lang)) for table in tables] == [120, 120]
    assert any(row[list(row)[2]].startswith("5.") for row in tables[1])


# The slots each agenda must give time to, and the minutes the notebooks announce for them.
SLOTS = {
    "fr": {"présentation en 30 secondes": 15, "entraînement en trios": 10,
           "anneau de réciprocité": None, "donner d'abord": 10, "engagements": None},
    "en": {"30-second introduction": 15, "practice in trios": 10, "reciprocity ring": None,
           "give first": 10, "commitments": None},
}  # fmt: skip


@pytest.mark.parametrize("agenda", ["3h", "2x2h"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_agenda_has_the_pitch_the_ring_give_first_and_commitments(lang, agenda):
    rows = [row for table in _agendas(lang)[agenda] for row in table]
    moments = [row[list(row)[2]].replace("\u202f", " ").lower() for row in rows]
    for slot, minutes in SLOTS[lang].items():
        found = [k for k, moment in enumerate(moments) if slot in moment]
        assert found, slot
        if minutes is not None:
            assert _minutes([rows[found[0]]], lang) == [minutes], slot


def test_a_missing_slot_fails_the_agenda_check(monkeypatch):
    """The check reads the guide: without the give-first row, the 3-hour agenda fails it."""
    text = _markdown("en")
    without = re.sub(r"^\|[^\n]*give first[^\n]*\n", "", text, flags=re.M)
    monkeypatch.setattr(sys.modules[__name__], "_markdown", lambda lang: without)
    with pytest.raises(AssertionError, match="give first"):
        test_each_agenda_has_the_pitch_the_ring_give_first_and_commitments("en", "3h")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_one_hour_session_adds_up_to_60_minutes(lang):
    sections = _sections(_markdown(lang))
    heading = {"fr": "Trois séances d'une heure", "en": "Three 1-hour sessions"}[lang]
    (table,) = _tables(sections[heading])
    for row in table:
        content = row[list(row)[1]]
        assert sum(int(m) for m in re.findall(r"(\d+)\s*min", content)) == 60, content


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_prework_message_says_how_to_request_the_linkedin_export(lang):
    sections = _sections(_markdown(lang))
    (heading,) = [h for h in sections if "48" in h]
    message = sections[heading]
    steps = {
        "fr": ("Préférences et confidentialité", "Obtenir une copie de vos données", "Relations",
               "Demander l'archive", "24 heures"),
        "en": ("Settings & Privacy", "Get a copy of your data", "Connections", "Request archive",
               "24 hours"),
    }[lang]  # fmt: skip
    for step in steps:
        assert step in message, step
