"""Mapping by hand: names typed fast, likely duplicates, filters; pure functions."""

import pandas as pd

from toolkit.core.model import TABLE_DTYPES, validate_contact
from toolkit.core.names import name_key
from toolkit.map.contacts import contact_fields, filter_contacts, likely_duplicates, parse_names


def frame(rows):
    full = [{"company": "", "source": "manual", "circle": None, **row} for row in rows]
    return pd.DataFrame(full, columns=list(TABLE_DTYPES["contacts"])).astype(
        TABLE_DTYPES["contacts"]
    )


def test_names_one_per_line_trimmed_and_repeated_once():
    text = "  Hélène Dubois \n\nhélène dubois\nJean-Pierre N'Diaye\r\n\t\nZoé"
    assert parse_names(text) == ["Hélène Dubois", "Jean-Pierre N'Diaye", "Zoé"]
    assert parse_names("   \n\n") == []


def test_name_key_ignores_accents_case_punctuation_and_order():
    assert name_key("Hélène DUBOIS") == name_key("dubois, helene") == "dubois helene"


def test_likely_duplicates_are_found_not_merged():
    existing = frame(
        [
            {"id": 1, "display_name": "Hélène Dubois"},
            {"id": 2, "display_name": "Jean-Pierre Martin"},
        ]
    )
    found = likely_duplicates(
        ["helene dubois", "Dubois Hélène", "Jean Pierre Martin", "Zoé Roux"], existing
    )
    assert found == {
        "helene dubois": ["Hélène Dubois"],
        "Dubois Hélène": ["Hélène Dubois"],
        "Jean Pierre Martin": ["Jean-Pierre Martin"],
    }


def test_filters_and_search():
    contacts = frame(
        [
            {"id": 1, "display_name": "Hélène Dubois", "company": "Maison Orvelle", "circle": 2},
            {"id": 2, "display_name": "Zoé Roux", "source": "linkedin"},
            {"id": 3, "display_name": "Karim Benali", "company": "Banque Ardoise", "circle": 2},
        ]
    )
    assert filter_contacts(contacts, "undescribed")["id"].tolist() == [2]
    assert filter_contacts(contacts, "imported")["id"].tolist() == [2]
    assert filter_contacts(contacts, "circle:2")["id"].tolist() == [1, 3]
    assert filter_contacts(contacts, "all", "helene")["id"].tolist() == [1]
    assert filter_contacts(contacts, "all", "ardoise")["id"].tolist() == [3]


def test_a_row_round_trips_through_validation():
    contacts = frame(
        [{"id": 1, "display_name": "Zoé", "circle": 3, "added_on": pd.Timestamp("2026-01-02")}]
    )
    fields = contact_fields(contacts.iloc[0])
    assert fields["circle"] == 3 and fields["relation"] is None
    contact = validate_contact(fields)
    assert contact.display_name == "Zoé" and contact.added_on.isoformat() == "2026-01-02"
