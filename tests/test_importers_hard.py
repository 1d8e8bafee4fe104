"""The shapes real exports took that the importer once got wrong (issue #17), one test a class.

Fixtures in ``tests/data/imports/hard/`` are written by ``make_hard_fixtures.py`` there; every
person in them is fictional.
"""

from __future__ import annotations

import contextlib
import io

import pandas as pd
import pytest

from tests.test_importers import DATA, invariant_holds, person
from toolkit.map.importers import ImportFileError, read_contacts

HARD = DATA / "hard"


def read(name: str, **options):
    return read_contacts(HARD / name, **options)


def keys(issues, key: str) -> list[int]:
    return [issue.line for issue in issues if issue.key == key]


# -- dates re-saved by Excel ---------------------------------------------------------------------


def test_dates_re_saved_by_an_english_excel_are_read():
    result = read("linkedin_excel_dd_mmm_yy.csv")
    dates = {name: person(result, name)["added_on"] for name in
             ("Amélie Durand", "Bastien Roy", "Chloé Marchand", "Denis Faure")}  # fmt: skip
    assert dates == {
        "Amélie Durand": pd.Timestamp("2022-05-06"), "Bastien Roy": pd.Timestamp("2023-04-23"),
        "Chloé Marchand": pd.Timestamp("2026-01-05"), "Denis Faure": pd.Timestamp("2019-12-31"),
    }  # fmt: skip
    assert keys(result.report.warnings, "importers.warnings.invalid_date") == []
    assert [(s.line, s.key) for s in result.report.skipped] == [
        (8, "importers.skipped.hidden_member")
    ]
    assert invariant_holds(result.report)


def test_dates_re_saved_by_a_french_excel_are_read():
    result = read("linkedin_excel_fr_jj_mmm_aa.csv")
    assert person(result, "Élise Bonnet")["added_on"] == pd.Timestamp("2022-05-06")
    assert person(result, "François Caron")["added_on"] == pd.Timestamp("2023-04-23")
    assert person(result, "Gaëlle Perrin")["added_on"] == pd.Timestamp("2026-01-05")
    assert person(result, "Hugo Leclerc")["added_on"] == pd.Timestamp("2019-12-14")
    assert keys(result.report.warnings, "importers.warnings.invalid_date") == []
    assert keys(result.report.skipped, "importers.skipped.hidden_member") == [7]


def test_a_date_that_does_not_exist_is_still_refused_in_excel_form():
    data = (
        b"First Name,Last Name,Connected On\nAna,Lopes,30-Feb-22\nRui,Costa,31-Apr-23\n"
        b"Eva,Sousa,06-Mai-22\n"
    )
    result = read_contacts(data, file_name="Connections.csv")
    assert keys(result.report.warnings, "importers.warnings.invalid_date") == [2, 3]
    assert person(result, "Eva Sousa")["added_on"] == pd.Timestamp("2022-05-06")


# -- encodings -----------------------------------------------------------------------------------

ENCODED = [
    ("mac_roman.csv", "mac_roman", ["Raúl Núñez", "Begoña Ibáñez", "Zoë Lefèvre"]),
    ("mac_roman_short.csv", "mac_roman", ["Jörgen Hansen"]),
    ("mac_roman_24_rows.csv", "mac_roman", ["Léa O’Brien", "Sofía Larsen", "Jörg Dubois"]),
    ("danish_excel.csv", "cp1252", ["Søren Jørgensen", "Åse Mølgaard", "Jörgen Bæk"]),
    ("danish_short.csv", "cp1252", ["Jörgen Jörgensen"]),
    ("latin1.vcf", "cp1252", ["Gisela Töcken", "Jürgen Weiß", "Jörgen Jörgensen"]),
    ("bom_over_cp1252.csv", "cp1252", ["Angélique Moreau", "Cédric Lévêque"]),
]


@pytest.mark.parametrize(("name", "encoding", "names"), ENCODED)
def test_the_encoding_is_the_one_that_gives_real_names(name, encoding, names):
    result = read(name)
    assert result.report.encoding == encoding
    assert set(names) <= set(result.contacts["display_name"])


def test_the_encoding_decided_does_not_depend_on_the_file_length():
    data = (HARD / "mac_roman_24_rows.csv").read_bytes()
    lines = data.split(b"\r")
    for rows in (2, 3, 5, 8, 13, len(lines)):
        report = read_contacts(b"\r".join(lines[:rows]), file_name="Connections.csv").report
        assert report.encoding == "mac_roman", rows


def test_the_report_says_when_the_encoding_is_a_guess():
    report = read("one_accent.csv").report
    [unsure] = [w for w in report.warnings if w.key == "importers.warnings.encoding_unsure"]
    assert unsure.line == 0
    assert "Mac Roman" in report.issue_text(unsure, "en")
    assert "Windows-1252" in report.issue_text(unsure, "fr")
    assert person(read("one_accent.csv"), "René Dupont")
    for sure in ("mac_roman.csv", "danish_excel.csv"):
        assert keys(read(sure).report.warnings, "importers.warnings.encoding_unsure") == []


def test_a_byte_order_mark_over_another_encoding_is_reported():
    result = read("bom_over_cp1252.csv")
    assert person(result, "Angélique Moreau")["company"] == "Société Exemple"
    assert keys(result.report.warnings, "importers.warnings.encoding_mixed") == [0]


# -- vCards read whole ---------------------------------------------------------------------------


def test_vcard_values_are_kept_whole_commas_and_all():
    result = read("vcard_commas.vcf")
    heiko = person(result, "Mustermann, Heiko")
    assert heiko["company"] == "Company, The, Sales"
    assert heiko["position"] == "Head of Sales, EMEA"
    assert heiko["notes"] == "Met at the fair, Lyon, booth 12, with Ana"
    assert person(result, "Jane Doe Jr.")["email"] == "jane.doe@example.com"
    assert person(result, "Paul Martin, III")["email"] == "paul.martin@example.com"
    lea = person(result, "Léa Fontaine")
    assert lea["profile_url"] == "http://www.linkedin.com/in/lea-fontaine"
    assert result.report.warnings == []


def test_an_odd_property_costs_only_itself_never_the_card():
    result = read("vcard_odd_properties.vcf")
    report = result.report
    assert (report.read, report.imported, report.skipped) == (6, 6, [])
    emails = dict(zip(result.contacts["display_name"], result.contacts["email"], strict=True))
    assert emails == {
        "Basile Arnaud": "basile.arnaud@example.fr", "Carla Dumont": "carla.dumont@example.fr",
        "Denise Éluard": "denise.eluard@example.fr", "Étienne Girard": "etienne.girard@example.fr",
        "Fanny Hubert": "fanny.hubert@example.fr", "Gilles Imbert": "gilles.imbert@example.fr",
    }  # fmt: skip
    # A line that held something the import uses (here an FN without its colon) is reported on
    # its own line, in both languages; lines it never reads (instant messaging) are not.
    unread = [w for w in report.warnings if w.key == "importers.warnings.vcard_line"]
    assert [w.line for w in unread] == [24]
    assert "«\u202fFN\u202f»" in report.issue_text(unread[0], "fr")
    assert '"FN"' in report.issue_text(unread[0], "en")


def test_group_cards_are_not_people():
    result = read("vcard_groups.vcf")
    assert sorted(result.contacts["display_name"]) == ["Hélène Jacob", "Ivan Klein"]
    assert [(s.line, s.key) for s in result.report.skipped] == [
        (1, "importers.skipped.vcard_group"), (17, "importers.skipped.vcard_group")
    ]  # fmt: skip
    assert invariant_holds(result.report)


# -- records without a person's name -------------------------------------------------------------


def test_a_company_or_a_number_alone_is_kept_under_that_name():
    vcard = read("vcard_company_and_phone_only.vcf")
    assert person(vcard, "Garage Exemple")["phone"] == "04 78 00 00 01"
    assert person(vcard, "+33 6 00 00 00 02")["phone"] == "+33 6 00 00 00 02"
    assert [(s.line, s.key) for s in vcard.report.skipped] == [(10, "importers.skipped.no_name")]
    outlook = read("outlook_company_and_phone_only.csv")
    plumber = person(outlook, "Plomberie Exemple")
    assert (plumber["company"], plumber["phone"]) == ("Plomberie Exemple", "04 72 00 00 20")
    assert plumber["notes"] == "Dépannage du 12 mai"
    assert person(outlook, "06 11 22 33 44")["phone"] == "06 11 22 33 44"
    assert keys(outlook.report.skipped, "importers.skipped.no_name") == [4]
    assert invariant_holds(vcard.report) and invariant_holds(outlook.report)


# -- websites are not profiles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("outlook_shared_website.csv", ["Lucie Bernard", "Marc Petit", "Nora Quentin"]),
        ("google_shared_website.csv", ["Olivier Roche", "Pauline Sauvage"]),
    ],
)
def test_colleagues_sharing_a_company_website_stay_two_people(name, people):
    result = read(name)
    assert sorted(result.contacts["display_name"]) == people
    assert result.report.merged == 0
    assert set(result.contacts["profile_url"]) <= {
        "http://www.example-conseil.fr", "https://www.example-conseil.fr/",
        "https://www.example-labs.com",
    }  # fmt: skip


# -- LinkedIn's other files ----------------------------------------------------------------------


def test_linkedin_contacts_file_keeps_emails_companies_and_full_names():
    result = read("linkedin_Contacts.csv")
    assert result.report.format == "linkedin"
    amina = person(result, "Amina Kaci")
    assert (amina["email"], amina["company"], amina["position"]) == (
        "amina.kaci@example.fr", "Exemple Santé", "Pharmacienne",
    )  # fmt: skip
    assert amina["phone"] == "+33 6 00 00 00 10"
    assert "a.kaci@example.org" in amina["notes"]
    assert person(result, "Bruno Lemaire")["email"] == "bruno.lemaire@example.com"
    assert person(result, "contact@example-immo.fr")["company"] == "Exemple Immobilier"
    assert pd.isna(person(result, "Amina Kaci")["added_on"])  # CreatedAt is not a meeting date
    assert (result.report.read, result.report.imported) == (3, 3)


def test_linkedin_profile_file_is_the_participant_not_a_contact():
    with pytest.raises(ImportFileError) as raised:
        read("linkedin_Profile.csv")
    assert raised.value.key == "importers.errors.own_profile"
    assert "Connections.csv" in raised.value.message("fr")
    assert "Connections.csv" in raised.value.message("en")


# -- the command line creates a workspace --------------------------------------------------------


def test_atelier_import_creates_the_workspace_it_is_given(tmp_path):
    from toolkit import cli
    from toolkit.core.store import open_workspace

    target = tmp_path / "nouveau.sqlite"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["--lang", "en", "import", str(HARD / "linkedin_excel_dd_mmm_yy.csv"),
                         "--workspace", str(target)])  # fmt: skip
    assert code == 0
    assert str(target) in out.getvalue()
    with open_workspace(target) as workspace:
        assert workspace.count("contacts") == 4
    # A dry run never creates anything.
    dry = tmp_path / "dry.sqlite"
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["import", str(HARD / "danish_excel.csv"), "--workspace", str(dry), "--dry-run"])
    assert not dry.exists()


def test_the_first_snapshot_after_an_import_is_the_one_a_full_read_gives(tmp_path):
    """The import hands the first snapshot the contacts it wrote (30,000 are not read back):
    the figures are those of the workspace read whole, for a new and an empty workspace."""
    import json

    from toolkit import cli
    from toolkit.core.store import open_workspace
    from toolkit.health.figures import network_report

    empty = tmp_path / "vide.sqlite"
    open_workspace(empty, create=True).close()
    for target in (tmp_path / "nouveau.sqlite", empty):
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["import", str(DATA / "duplicates.csv"), "--workspace", str(target)])
        assert code == 0
        with open_workspace(target) as workspace:
            [saved] = workspace.snapshots()["figures"].tolist()
            whole = network_report(workspace.network()).figures()
            assert json.loads(saved) == json.loads(json.dumps(whole, sort_keys=True))
    # The frame handed over is exactly what reading the workspace gives.
    result = read_contacts(DATA / "duplicates.csv")
    with open_workspace(tmp_path / "third.sqlite", create=True) as workspace:
        workspace.import_contacts(result.contacts, result.updates)
        pd.testing.assert_frame_equal(cli._stored(result, workspace), workspace.contacts())


# -- the classes the held-out real files showed (SOURCES.md) -------------------------------------


def test_the_kind_of_an_address_may_follow_the_word():
    """ "Email Home", "Email Work", "Phone Mobile" (Roundcube, CRMs): the first filled address
    is the e-mail, the others go to the notes, as for "Home Email"."""
    result = read("email_kind_after.csv")
    lucie, marc = person(result, "Lucie Vasseur"), person(result, "Marc Oudin")
    assert (lucie["email"], lucie["phone"]) == ("lucie.vasseur@example.com", "06 00 00 00 31")
    assert (marc["email"], marc["phone"]) == ("marc.oudin@example.net", "04 00 00 00 32")
    assert "m.oudin@example.org" in marc["notes"]
    assert invariant_holds(result.report)


def test_a_file_of_one_column_of_addresses_is_read():
    """A list of e-mail addresses under one header: each address is a contact (its name is
    its address); the blank line is no record."""
    result = read("one_column_emails.csv")
    assert result.contacts["email"].tolist() == [
        "nadia.ferrand@example.com", "olivier.gautier@example.org", "pauline.henry@example.net",
    ]  # fmt: skip
    assert result.report.skipped == [] and invariant_holds(result.report)


def test_a_lone_header_that_is_no_address_column_is_still_refused():
    with pytest.raises(ImportFileError):
        read_contacts(b"Notes:\nrappeler lundi\nenvoyer le devis\n")


def test_quoted_printable_without_a_charset_is_read_in_the_code_page_that_fits_the_file():
    """No CHARSET on Windows-1250 bytes: the file's values are read together in the code page
    that reads them best (Ł, ź, ń), not in Windows-1252 (³, Ÿ, ñ)."""
    result = read("vcard_qp_no_charset_cp1250.vcf")
    assert sorted(result.contacts["display_name"]) == ["Ewa Kowalczyńska", "Małgorzata Woźniak"]
    latin1 = read("latin1.vcf")  # Western bytes stay Western
    assert "Gisela Töcken" in latin1.contacts["display_name"].tolist()


def test_a_western_n_tilde_before_a_vowel_stays_spanish():
    from toolkit.map.importers.decoding import likeliest_code_page

    assert likeliest_code_page("Muñoz Peña".encode("cp1252"), ("cp1252", "cp1250")) == "cp1252"
    assert likeliest_code_page("Iksiński".encode("cp1250"), ("cp1252", "cp1250")) == "cp1250"


def test_people_of_different_names_sharing_one_email_stay_apart():
    """A couple's address on both their cards: two people. The same person written twice
    (accent aside), or a card without a name of its own, is still merged, and keeps the name."""
    result = read("vcard_shared_email.vcf")
    assert sorted(result.contacts["display_name"]) == [
        "Anne Tessier-Morel", "Rémi Tessier", "Sophie Bardin",
    ]  # fmt: skip
    assert person(result, "Rémi Tessier")["company"] == "Exemple Bois"
    sophie = person(result, "Sophie Bardin")
    assert (sophie["phone"], sophie["position"]) == ("04 00 00 00 42", "Pharmacienne")
    assert (result.report.imported, result.report.merged) == (3, 2)
    assert invariant_holds(result.report)
