"""Classes of failure the real files of the ``seen`` split showed (issue #17), one test a class.

Each test writes its own small file, every person in it fictional, in the shape the real export
had (see ``tests/data/imports/real/SOURCES.md``).
"""

from __future__ import annotations

import pandas as pd

from tests.test_importers import invariant_holds, person
from toolkit.map.importers import read_contacts


def test_headers_with_their_words_run_together_are_read_as_linkedin():
    # A LinkedIn export saved again by a script or spreadsheet: "FirstName", "ConnectedOn".
    data = (
        "FirstName,LastName,EmailAddress,Company,Position,ConnectedOn\n"
        'Amélie,"Durand, PhD",amelie.durand@example.com,Acme,"Chef, Recherche",04-May-22\n'
        "Bastien,Roy,,Globex,Analyste,15-Mar-16\n"
    ).encode()
    result = read_contacts(data, file_name="Connections.csv")
    assert result.report.format == "linkedin"
    amelie = person(result, "Amélie Durand, PhD")
    assert (amelie["email"], amelie["position"]) == ("amelie.durand@example.com", "Chef, Recherche")
    assert amelie["added_on"] == pd.Timestamp("2022-05-04")
    assert person(result, "Bastien Roy")["added_on"] == pd.Timestamp("2016-03-15")
    assert result.report.warnings == []
    assert invariant_holds(result.report)


def test_utf8_lines_among_more_latin1_ones_are_each_read_in_their_own_encoding():
    # LinkedIn's UTF-8 export, most of its accented rows re-saved in Latin-1 by an old editor,
    # one row holding both (its company still UTF-8, the name typed again in Latin-1).
    lines = [
        b"First Name;Last Name;Company;Position;Connected on",
        "Jörg;Åström;Grünwerk GmbH;Geschäftsführer;16.09.2021".encode("cp1252"),
        "Søren;Müller;Bürohaus;Leiter;14.09.2021".encode("cp1252"),
        "Maëlle;Hübner;Café Größe;Barista;07.09.2021".encode("cp1252"),
        "Mikuláš;Novák;Český Krumlov;Průvodce;26.04.2020".encode(),
        "Dragan;Petrović;Ćevapi d.o.o.;Kuhar;05.05.2020".encode(),
        "Universitätsklinikum St ".encode()
        + "Pölten;Anna;Lab;Analystin;02.03.2021".encode("cp1252"),
    ]
    result = read_contacts(b"\r\n".join(lines) + b"\r\n")
    names = set(result.contacts["display_name"])
    assert {"Jörg Åström", "Søren Müller", "Maëlle Hübner", "Mikuláš Novák",
            "Dragan Petrović"} <= names  # fmt: skip
    assert person(result, "Jörg Åström")["position"] == "Geschäftsführer"
    assert person(result, "Mikuláš Novák")["company"] == "Český Krumlov"
    assert "Universitätsklinikum St Pölten Anna" in names
    assert [w.key for w in result.report.warnings] == ["importers.warnings.encoding_mixed"]
    assert invariant_holds(result.report)


def test_a_latin1_file_is_not_taken_for_mixed_by_one_chance_utf8_sequence():
    rows = ["Prénom;Nom;Société", *(f"Hélène{i};Dupré;Société Générale" for i in range(60)),
            "Ã©ric;Noël;Régie"]  # fmt: skip
    result = read_contacts("\n".join(rows).encode("cp1252"))
    assert result.report.encoding == "cp1252"
    assert person(result, "Hélène7 Dupré")["company"] == "Société Générale"


def test_a_quoted_printable_soft_break_never_runs_into_the_end_of_the_card():
    # Evolution writes an address's last soft break, then a blank folded line, then END:VCARD.
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Rolf Enger\r\nEMAIL:rolf.enger@example.com\r\n"
        b"ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=\r\n;=\r\nUlm;=\r\n89073;=\r\n \r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ida Sommer\r\nEND:VCARD\r\n"
    )
    result = read_contacts(data)
    assert sorted(result.contacts["display_name"]) == ["Ida Sommer", "Rolf Enger"]
    assert person(result, "Rolf Enger")["email"] == "rolf.enger@example.com"
    assert result.report.skipped == []


def test_email_columns_named_by_their_kind_are_read_primary_first():
    # Thunderbird writes "Primary Email" and "Secondary Email" (here with semicolons).
    data = (
        b"Display Name;First Name;Last Name;Primary Email;Secondary Email\n"
        b"Ida Sommer;Ida;Sommer;ida.sommer@example.com;ida@example.org\n"
        b"Jonas Berg;Jonas;Berg;;jonas.berg@example.net\n"
    )
    result = read_contacts(data)
    assert person(result, "Ida Sommer")["email"] == "ida.sommer@example.com"
    assert "ida@example.org" in person(result, "Ida Sommer")["notes"]
    assert person(result, "Jonas Berg")["email"] == "jonas.berg@example.net"


def test_a_participants_own_spreadsheet_words_for_company_and_email_are_read():
    data = (
        b"Full Name,Business,Job Title,Contact Email,Mobile\n"
        b"Ida Sommer,Atelier Nord,Directrice,ida.sommer@example.com,06 12 34 56 78\n"
        b"Jonas Berg,Employeur Sud,Analyste,jonas@example.org,\n"
    )
    result = read_contacts(data)
    ida = person(result, "Ida Sommer")
    assert (ida["company"], ida["email"], ida["phone"]) == (
        "Atelier Nord", "ida.sommer@example.com", "06 12 34 56 78",
    )  # fmt: skip
    assert person(result, "Jonas Berg")["company"] == "Employeur Sud"


def test_a_lone_title_column_is_a_job_title_unless_it_holds_civilities():
    rolodex = (
        b"Name,Company,Title,Email\n"
        b"Ida Sommer,Atelier Nord,CEO,ida@example.com\n"
        b"Jonas Berg,Atelier Sud,Director,jonas@example.com\n"
        b"Lea Roth,Atelier Est,Mr,lea@example.com\n"
    )
    result = read_contacts(rolodex)
    assert person(result, "Ida Sommer")["position"] == "CEO"
    assert person(result, "Jonas Berg")["position"] == "Director"
    outlook = (
        b'"Title","First Name","Last Name","E-mail Address"\n'
        b'"Mr.","Jonas","Berg","jonas@example.com"\n"Mme","Ida","Sommer","ida@example.com"\n'
        b'"","Lea","Roth","lea@example.com"\n'
    )
    result = read_contacts(outlook)
    assert person(result, "Jonas Berg")["position"] == ""
    assert person(result, "Ida Sommer")["position"] == ""
