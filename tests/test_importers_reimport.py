"""A re-import adds nobody (issue #17), also for records without an e-mail, a profile address or
a company: they are found again by name and phone, or by their name alone when the names match
one for one. Namesakes of one file stay two people. Every person here is fictional."""

from __future__ import annotations

import pytest

from tests.test_importers_same_contents import _source, exports
from toolkit.core.model import Contact
from toolkit.core.store import open_workspace
from toolkit.map.importers import ImportFileError, import_file


def vcards(*cards: str) -> bytes:
    """A vCard 3.0 file, one card per text of properties (one per line)."""
    body = "".join(f"BEGIN:VCARD\nVERSION:3.0\n{card.strip()}\nEND:VCARD\n" for card in cards)
    return body.encode("utf-8")


def counts(report) -> tuple[int, int, int]:
    assert report.imported + report.merged + len(report.skipped) == report.read
    return report.imported, report.merged, report.updated


NAMESAKES = vcards(
    "FN:Camille Laurent\nTITLE:Infirmière\nNOTE:Rencontrée au forum",
    "FN:Camille Laurent\nTITLE:Architecte",
    "FN:Jean Martin\nTEL:06 10 20 30 40",
    "FN:Jean Martin\nTEL:06 50 60 70 80",
    "FN:Karim Durand\nTEL:+33 6 11 22 33 44",
    "FN:Zoé Roux",
)


@pytest.fixture
def workspace(tmp_path):
    with open_workspace(tmp_path / "ws.sqlite", create=True) as ws:
        yield ws


@pytest.mark.parametrize("name", exports())
def test_a_second_import_of_any_export_adds_nothing_and_changes_nothing(name, tmp_path):
    data = _source(name)
    with open_workspace(tmp_path / "ws.sqlite", create=True) as workspace:
        try:
            first = import_file(data, workspace, file_name=name).report
        except ImportFileError:
            return  # refused with a message (tested elsewhere): nothing to import again
        before = workspace.export()
        again = import_file(data, workspace, file_name=name).report
        assert counts(again) == (0, first.imported + first.merged, 0)
        assert workspace.export() == before


def test_namesakes_of_one_file_are_both_imported_once(workspace):
    first = import_file(NAMESAKES, workspace).report
    assert counts(first) == (6, 0, 0)
    assert len(first.likely_duplicates) == 2  # the participant decides; nothing merged silently
    before = workspace.export()
    again = import_file(NAMESAKES, workspace).report
    assert (counts(again), again.likely_duplicates) == ((0, 6, 0), [])
    assert workspace.export() == before  # each Camille kept her own position and note
    names = workspace.contacts()["display_name"].tolist()
    assert sorted(names) == sorted(["Camille Laurent"] * 2 + ["Jean Martin"] * 2 +
                                   ["Karim Durand", "Zoé Roux"])  # fmt: skip


def test_an_edited_export_updates_the_contacts_it_already_gave(workspace):
    import_file(NAMESAKES, workspace)
    edited = vcards(
        "FN:Camille Laurent\nTITLE:Infirmière\nNOTE:Rencontrée au forum",
        "FN:Camille Laurent\nTITLE:Architecte",
        "FN:Jean Martin\nTEL:06.10.20.30.40\nEMAIL:jean.martin@example.org",  # written otherwise
        "FN:Jean Martin\nTEL:06 50 60 70 80",
        "FN:Karim Durand\nTEL:+33 6 11 22 33 44\nORG:Exemple Conseil\nTITLE:Associé",
        "FN:Zoé Roux\nNOTE:Vue au salon",
    )
    report = import_file(edited, workspace).report
    assert counts(report) == (0, 6, 3)
    contacts = workspace.contacts().set_index("display_name")
    assert len(contacts) == 6
    assert "jean.martin@example.org" in contacts.loc["Jean Martin", "email"].tolist()
    assert contacts.loc["Karim Durand", "company"] == "Exemple Conseil"
    assert contacts.loc["Zoé Roux", "notes"] == "Vue au salon"


def test_a_name_alone_finds_no_one_when_it_cannot_tell_who(workspace):
    import_file(NAMESAKES, workspace)
    # One bare Camille Laurent for two in the workspace: which one is unknown, she is added and
    # proposed as a likely duplicate.
    report = import_file(vcards("FN:Camille Laurent"), workspace).report
    assert counts(report) == (1, 0, 0)
    assert report.likely_duplicates == [("Camille Laurent", "Camille Laurent")]
    # A contact typed by hand is not taken for a bare card of an export.
    workspace.add_contacts([Contact(display_name="Inès Petit")])
    assert counts(import_file(vcards("FN:Inès Petit"), workspace).report) == (1, 0, 0)


def test_a_bare_card_finds_the_one_contact_of_its_name_from_another_export(workspace):
    import_file(
        vcards("FN:Karim Durand\nTEL:+33 6 11 22 33 44\nEMAIL:karim@example.org"), workspace
    )
    report = import_file(vcards("FN:Karim Durand\nNOTE:Ancien collègue"), workspace).report
    assert counts(report) == (0, 1, 1)
    [karim] = workspace.contacts().to_dict("records")
    assert (karim["email"], karim["notes"]) == ("karim@example.org", "Ancien collègue")


def test_a_card_that_now_gives_a_phone_updates_its_bare_contact(workspace):
    import_file(NAMESAKES, workspace)
    edited = NAMESAKES.replace(b"FN:Zo\xc3\xa9 Roux", b"FN:Zo\xc3\xa9 Roux\nTEL:07 01 02 03 04")
    assert counts(import_file(edited, workspace).report) == (0, 6, 1)
    contacts = workspace.contacts().set_index("display_name")
    assert len(contacts) == 6 and contacts.loc["Zoé Roux", "phone"] == "07 01 02 03 04"


@pytest.mark.parametrize(
    ("written", "region", "key"),
    [
        ("+33 6 12 34 56 78", None, "+33612345678"),
        ("0033 6 12 34 56 78", None, "+33612345678"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("06.12.34.56.78", "FR", "+33612345678"),
        ("06 12 34 56 78", None, ""),  # a national number, no country to read it in
        ("+44 7700 900123", "FR", "+447700900123"),  # international stays what it says
        ("12", "FR", ""),  # not a possible number
        ("appeler le soir", "FR", ""),
    ],
)
def test_phone_numbers_are_compared_in_e164(written, region, key):
    from toolkit.map.importers.dedupe import phone_number

    assert phone_number(written, region) == key


def test_a_number_written_internationally_and_nationally_is_one_person(workspace):
    """A French participant: « +33 6 12 34 56 78 » and « 06 12 34 56 78 » are one number (its
    digits differ); each card keeps the number as it was written."""
    data = vcards(
        "FN:Inès Haddad\nTEL:+33 6 12 34 56 78",
        "FN:Inès Haddad\nTEL:06 12 34 56 78\nTITLE:Acheteuse",
    )
    report = import_file(data, workspace).report
    assert counts(report) == (1, 1, 0)
    contact = workspace.contacts().iloc[0]
    assert contact["phone"] in ("+33 6 12 34 56 78", "06 12 34 56 78")  # as written
    # Already in the workspace, written the other way: found again, not added.
    again = import_file(vcards("FN:Inès Haddad\nTEL:0033 612 345 678"), workspace).report
    assert counts(again) == (0, 1, 0)


def test_an_english_participant_keeps_national_numbers_as_written(workspace):
    """In English no country is guessed: a national number is compared by its digits only."""
    from toolkit import i18n

    i18n.set_language("en")
    data = vcards("FN:Inès Haddad\nTEL:+33 6 12 34 56 78", "FN:Inès Haddad\nTEL:06 12 34 56 78")
    assert counts(import_file(data, workspace).report) == (2, 0, 0)
    international = vcards("FN:Inès Haddad\nTEL:0033 6 12 34 56 78")
    assert counts(import_file(international, workspace).report)[:2] == (0, 1)
    assert workspace.count("contacts") == 2
