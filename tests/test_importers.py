"""Importing real contact exports: every format variant, every bad input, deduplication.

Fixtures in ``tests/data/imports/`` reproduce the quirks of real files byte for byte (see
``make_fixtures.py`` there); every person in them is fictional.
"""

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from toolkit.core.model import TABLE_DTYPES, Channel, Contact, Direction, Interaction
from toolkit.core.store import open_workspace
from toolkit.map.importers import ImportFileError, import_file, read_contacts

DATA = Path(__file__).parent / "data" / "imports"


def read(name: str, **options):
    return read_contacts(DATA / name, **options)


def person(result, name: str) -> dict:
    rows = result.contacts[result.contacts["display_name"] == name]
    assert len(rows) == 1, f"{name!r} in {result.contacts['display_name'].tolist()}"
    return rows.iloc[0].to_dict()


def invariant_holds(report) -> bool:
    return report.imported + report.merged + len(report.skipped) == report.read


# -- every format variant ------------------------------------------------------------------------

VARIANTS = [
    # file, format, encoding, separator, read, imported, skipped
    ("linkedin_current.csv", "linkedin", "utf-8", ",", 8, 7, 1),
    ("linkedin_no_url.csv", "linkedin", "utf-8", ",", 2, 2, 0),
    ("linkedin_no_preamble.csv", "linkedin", "utf-8", ",", 2, 2, 0),
    ("linkedin_2018.csv", "linkedin", "utf-8", ",", 2, 2, 0),
    ("linkedin_connections_export_microsoft_outlook.csv", "linkedin", "cp1252", ",", 2, 2, 0),
    ("linkedin_excel_fr.csv", "linkedin", "cp1252", ";", 4, 4, 0),
    ("google_current.csv", "google", "utf-8", ",", 3, 3, 0),  # a number alone is kept (#17)
    ("google_legacy.csv", "google", "utf-16-le", ",", 2, 2, 0),
    ("outlook_en.csv", "outlook", "utf-8-sig", ",", 2, 2, 0),
    ("outlook_fr.csv", "outlook", "cp1252", ",", 2, 2, 0),
    ("outlook_fr_excel.csv", "outlook", "cp1252", ";", 2, 2, 0),
    ("excel_unicode_text.txt", "csv", "utf-16-le", "\t", 1, 1, 0),
    ("android_2_1.vcf", "vcard", "utf-8", None, 2, 2, 0),
    ("apple_3_0.vcf", "vcard", "utf-8", None, 1, 1, 0),
    ("contacts_4_0.vcf", "vcard", "utf-8", None, 1, 1, 0),
    ("cut_in_the_middle.vcf", "vcard", "utf-8", None, 2, 1, 1),
]


@pytest.mark.parametrize(
    ("name", "fmt", "encoding", "separator", "n_read", "new", "skipped"), VARIANTS
)
def test_each_variant_is_detected_and_counted(name, fmt, encoding, separator, n_read, new, skipped):
    report = read(name).report
    assert (report.format, report.encoding, report.separator) == (fmt, encoding, separator)
    assert (report.read, report.imported, len(report.skipped)) == (n_read, new, skipped)
    assert invariant_holds(report)


@pytest.mark.parametrize("name", [v[0] for v in VARIANTS])
def test_contacts_follow_the_model_schema(name):
    contacts = read(name).contacts
    expected = {c: d for c, d in TABLE_DTYPES["contacts"].items() if c != "id"}
    assert {c: str(t) for c, t in contacts.dtypes.items()} == expected
    assert (contacts["display_name"].str.len() > 0).all()
    assert not contacts.map(lambda v: isinstance(v, str) and "\x00" in v).any().any()


def test_linkedin_current_export_keeps_every_quirk_as_text():
    result = read("linkedin_current.csv")
    assert person(result, "Amandine Girard")["added_on"] == pd.Timestamp("2020-03-07")
    assert person(result, "Claire Moreau, PhD")["email"] == "claire.moreau@example.fr"
    assert person(result, "Zoé 🌿 Petit")["position"] == "Fondatrice 🚀"
    hugo = person(result, "Hugo Lambert")  # stray spaces trimmed and collapsed
    assert (hugo["company"], hugo["position"]) == ("Example Consulting", "Consultant senior")
    ines = person(result, "Inès Benali")  # formula-looking cells are stored unchanged
    assert ines["company"] == '=HYPERLINK("https://example.com")'
    assert ines["position"] == "+33 Directrice"
    assert person(result, "Marc-Olivier Dubois")["company"] == "@Example Group"
    assert result.report.skipped[0].line == 6
    assert result.report.skipped[0].key == "importers.skipped.hidden_member"
    assert set(result.contacts["source"]) == {"linkedin"}


def test_invalid_dates_become_empty_and_are_reported_per_row():
    result = read("linkedin_current.csv")
    assert pd.isna(person(result, "Inès Benali")["added_on"])  # 30 Feb 2021: never rolled over
    assert pd.isna(person(result, "Théo Nguyen")["added_on"])  # N/A
    dated = [(w.line, w.params["value"]) for w in result.report.warnings
             if w.key == "importers.warnings.invalid_date"]  # fmt: skip
    assert dated == [(10, "30 Feb 2021"), (12, "N/A")]


def test_2018_export_reads_american_dates_with_times():
    result = read("linkedin_2018.csv")
    assert result.report.date_order == "month"
    assert person(result, "Sarah Cohen")["added_on"] == pd.Timestamp("2018-01-08")
    assert person(result, "Paul Martin")["added_on"] == pd.Timestamp("2017-12-24")


def test_excel_resave_reads_day_first_and_reports_what_excel_broke():
    result = read("linkedin_excel_fr.csv")
    assert result.report.date_order == "day"
    assert person(result, "Émilie Rousseau")["added_on"] == pd.Timestamp("2024-12-02")
    assert person(result, "Noémie Garnier")["position"] == "0612345678"  # leading zero kept
    assert pd.isna(person(result, "Noémie Garnier")["added_on"])  # 43891: not an Excel serial
    assert person(result, "Bruno")["company"] == "Example Logistique"  # #NOM? left empty
    keys = {w.line: w.key for w in result.report.warnings}
    assert keys == {
        6: "importers.warnings.lossy",
        7: "importers.warnings.spreadsheet_error",
        8: "importers.warnings.invalid_date",
    }


def test_outlook_style_linkedin_export_before_2017_is_read_in_cp1252():
    result = read("linkedin_connections_export_microsoft_outlook.csv")
    francoise = person(result, "Françoise Lefèvre")
    assert francoise["company"] == "Société Générale d'Exemple"
    assert francoise["position"] == "Directrice financière"


def test_google_export_splits_joined_values_and_keeps_the_others_in_notes():
    julien = person(read("google_current.csv"), "Julien Roux")
    assert julien["email"] == "julien.roux@example.com"
    assert julien["phone"] == "06 12 34 56 78"
    assert julien["profile_url"] == "https://www.example.com/julien"
    assert "j.roux@example.net, julien@example.org" in julien["notes"]
    assert "+33 1 23 45 67 89" in julien["notes"]
    assert julien["notes"].startswith("Rencontré au salon Example 2024")


def test_google_legacy_utf16_export():
    result = read("google_legacy.csv")
    assert person(result, "Sébastien Morel")["company"] == "Example Énergie"
    assert person(result, "Aïcha Diallo")["position"] == "Consultante"


def test_french_outlook_second_titre_is_the_job_title_and_0_0_00_is_no_date():
    for name in ("outlook_fr.csv", "outlook_fr_excel.csv"):
        result = read(name)
        francois = person(result, "François Lemaire")
        assert francois["position"] == "Acheteur senior"  # not "M."
        assert francois["phone"] == "04 72 00 00 00"
        assert not result.report.warnings


def test_english_outlook_with_bom():
    olivia = person(read("outlook_en.csv"), "Olivia Bennett")
    assert (olivia["company"], olivia["position"]) == ("Example Ltd", "Head of Partnerships")
    assert olivia["phone"] == "+44 7700 900123"


def test_vcard_2_1_quoted_printable_with_soft_line_breaks():
    helene = person(read("android_2_1.vcf"), "Hélène Lévesque de la Tour")
    assert helene["company"] == "Société d'Exemple"
    assert helene["email"] == "helene.levesque@example.fr"


def test_vcard_3_0_folded_lines_groups_escapes_and_photo():
    jean_marc = person(read("apple_3_0.vcf"), "Jean-Marc Durand, PhD")
    assert jean_marc["email"] == "jm.durand@example.com"
    assert jean_marc["company"] == "Exemple; Associés, R&D"
    assert jean_marc["notes"] == (
        "Rencontré au forum Example, Lyon.\nA proposé de me présenter à son équipe achats."
    )
    assert jean_marc["profile_url"] == "https://www.linkedin.com/in/jean-marc-durand"


def test_vcard_cut_in_the_middle_imports_complete_cards_and_reports_the_cut_one():
    result = read("cut_in_the_middle.vcf")
    assert result.contacts["display_name"].tolist() == ["Jean-Marc Durand, PhD"]
    assert [(s.line, s.key) for s in result.report.skipped] == [(17, "importers.skipped.vcard_cut")]


def test_names_are_nfc_and_control_characters_are_gone():
    decomposed = unicodedata.normalize("NFD", "Élodie Été")
    data = f"First Name,Last Name,Company\n{decomposed},Dur\x00and\x07,Ex\tample\n".encode()
    contacts = read_contacts(data, file_name="x.csv").contacts
    assert contacts["display_name"].tolist() == ["Élodie Été Durand"]
    assert unicodedata.is_normalized("NFC", contacts["display_name"][0])
    assert contacts["company"].tolist() == ["Ex ample"]


def test_numbers_stay_text():
    data = b"First Name;Last Name;Mobile Phone;Company\nAna;Lopes;0612345678;007\n"
    contacts = read_contacts(data, file_name="x.csv").contacts
    assert contacts[["phone", "company"]].iloc[0].tolist() == ["0612345678", "007"]


def test_header_with_no_rows_is_zero_contacts_not_an_error():
    report = read("linkedin_header_only.csv").report
    assert (report.read, report.imported, report.format) == (0, 0, "linkedin")


# -- bad input -----------------------------------------------------------------------------------

BAD = [
    ("empty.csv", "importers.errors.empty"),
    ("blank_lines.csv", "importers.errors.empty"),
    ("linkedin_preamble_only.csv", "importers.errors.preamble_only"),
    ("workbook_renamed.csv", "importers.errors.excel"),
    ("Invitations.csv", "importers.errors.other_linkedin_file"),
    ("only_a_cut_card.vcf", "importers.errors.vcard_cut"),
    ("binary.bin", "importers.errors.binary"),
    ("not_contacts.csv", "importers.errors.no_header"),
]


@pytest.fixture
def workspace(tmp_path):
    with open_workspace(tmp_path / "ws.sqlite", create=True) as ws:
        ws.set_meta({"today": "2026-09-15"})
        [amandine] = ws.add_contacts(
            [Contact(display_name="Amandine Girard", company="Maison Lumière", circle=2)]
        )
        ws.add_interactions(
            [Interaction(amandine, dt.date(2026, 9, 1), Channel.PHONE, Direction.GAVE)]
        )
        yield ws


@pytest.mark.parametrize(("name", "key"), BAD)
def test_bad_input_gives_one_clear_message_and_leaves_the_workspace_untouched(name, key, workspace):
    before = workspace.export()
    with pytest.raises(ImportFileError) as raised:
        import_file(DATA / name, workspace)
    assert raised.value.key == key
    for lang in ("fr", "en"):
        message = raised.value.message(lang)
        assert "\n" not in message and "Traceback" not in message and len(message) > 30
    assert workspace.export() == before


def test_wrong_linkedin_file_names_the_missing_columns():
    with pytest.raises(ImportFileError) as raised:
        read("Invitations.csv")
    assert "First Name, Last Name, Connected On" in raised.value.message("en")
    assert "Connections.csv" in raised.value.message("fr")


def test_cut_vcard_message_names_the_missing_end():
    with pytest.raises(ImportFileError) as raised:
        read("only_a_cut_card.vcf")
    assert "END:VCARD" in raised.value.message("fr")


def test_a_forced_format_that_does_not_fit_is_refused():
    with pytest.raises(ImportFileError) as raised:
        read("google_current.csv", format="linkedin")
    assert raised.value.key == "importers.errors.wrong_format"
    with pytest.raises(ImportFileError):
        read("linkedin_current.csv", format="vcard")
    assert read("linkedin_connections_export_microsoft_outlook.csv", format="linkedin")


def test_a_failure_while_saving_leaves_the_workspace_as_it_was(workspace, monkeypatch):
    before = workspace.export()
    original = workspace.import_contacts

    def fail_after_insert(new, updates):
        with workspace.transaction():
            original(new, updates)
            raise OSError("disk full")

    monkeypatch.setattr(workspace, "import_contacts", fail_after_insert)
    with pytest.raises(OSError):
        import_file(DATA / "linkedin_current.csv", workspace)
    assert workspace.export() == before


# -- deduplication -------------------------------------------------------------------------------


def test_duplicates_within_a_file_are_merged_or_proposed():
    result = read("duplicates.csv")
    report = result.report
    assert (report.read, report.imported, report.merged) == (9, 6, 3)
    jean_pierre = person(result, "Jean-Pierre Martin")  # same email, other case
    assert (jean_pierre["company"], jean_pierre["position"]) == ("Example Motors", "Directeur")
    assert jean_pierre["added_on"] == pd.Timestamp("2020-03-09")  # the earliest
    claire = person(result, "Claire Moreau, PhD")  # same profile address, other form
    assert claire["position"] == "Chercheuse principale"
    assert person(result, "Nadia Bensaïd")["position"] == "Acheteuse senior"  # richest value
    assert {frozenset(pair) for pair in report.likely_duplicates} == {
        frozenset({"Hélène Lévesque", "Helene Levesque"}),
        frozenset({"Nadia Bensaïd", "Nadia Bensaid"}),
    }
    assert result.contacts["display_name"].tolist()[:2] == ["Hélène Lévesque", "Helene Levesque"]


def test_import_merges_into_the_workspace_and_keeps_interactions(workspace):
    amandine_id = int(workspace.contacts()["id"][0])
    report = import_file(DATA / "linkedin_current.csv", workspace).report
    assert (report.imported, report.merged, report.updated) == (6, 1, 1)
    contacts = workspace.contacts().set_index("id")
    assert contacts.loc[amandine_id, "profile_url"].endswith("amandine-girard-0a1b2c")
    assert contacts.loc[amandine_id, "circle"] == 2  # the participant's description stays
    assert workspace.interactions()["contact_id"].tolist() == [amandine_id]
    assert len(contacts) == 7


def test_importing_the_same_file_twice_adds_nobody(workspace):
    import_file(DATA / "duplicates.csv", workspace)
    before = workspace.export()
    report = import_file(DATA / "duplicates.csv", workspace).report
    assert (report.imported, report.merged, report.updated) == (0, 9, 0)
    assert report.likely_duplicates == []  # already known; not proposed again
    assert workspace.export() == before


def test_dry_run_writes_nothing(workspace):
    before = workspace.export()
    result = import_file(DATA / "google_current.csv", workspace, dry_run=True)
    assert result.report.imported == 3 and not result.report.saved
    assert workspace.export() == before


def test_report_as_json_and_sentences_in_both_languages():
    report = read("linkedin_excel_fr.csv").report
    data = report.to_dict("en")
    assert {"format", "encoding", "read", "imported", "merged", "skipped", "warnings"} <= set(data)
    json.dumps(data)
    assert data["warnings"][1]["message"].startswith('Line 7: column "Last Name"')
    french = "\n".join(report.lines("fr"))
    assert "point-virgule" in french and "Ligne 7" in french


def test_linkedin_data_archive_is_read_without_unzipping(tmp_path):
    import zipfile

    archive = tmp_path / "Basic_LinkedInDataExport_11-20-2026.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Invitations.csv", (DATA / "Invitations.csv").read_bytes())
        zipped.writestr("Connections.csv", (DATA / "linkedin_current.csv").read_bytes())
    report = read_contacts(archive).report
    assert (report.format, report.imported) == ("linkedin", 7)
    assert report.file_name == "Basic_LinkedInDataExport_11-20-2026.zip › Connections.csv"
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as zipped:
        zipped.writestr("a.txt", "x")
    with pytest.raises(ImportFileError) as raised:
        read_contacts(other)
    assert raised.value.key == "importers.errors.zip"


def test_what_is_not_an_address_moves_to_the_notes_with_a_warning():
    data = (
        b"First Name,Last Name,Email Address,Web Page\n"
        b"Ana,Lopes,ana at example.com,javascript:alert(1)\n"
        b"Rui,Costa,RUI@EXAMPLE.PT,www.example.pt/rui\n"
    )
    result = read_contacts(data, file_name="x.csv")
    ana, rui = (person(result, name) for name in ("Ana Lopes", "Rui Costa"))
    assert (ana["email"], ana["profile_url"]) == ("", "")
    assert "ana at example.com" in ana["notes"] and "javascript:alert(1)" in ana["notes"]
    assert (rui["email"], rui["profile_url"]) == ("RUI@EXAMPLE.PT", "https://www.example.pt/rui")
    keys = [(w.line, w.key) for w in result.report.warnings]
    assert keys == [(2, "importers.warnings.invalid_email"), (2, "importers.warnings.invalid_url")]
