"""Validation turns raw input into model objects or a clear, localised message."""

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.core.errors import ValidationError
from toolkit.core.model import (
    Channel,
    Circle,
    Contact,
    Direction,
    FollowUpStatus,
    InteractionKind,
    KnowsMe,
    NetworkType,
    Relation,
    Source,
    label,
    validate_contact,
    validate_interaction,
)

TODAY = dt.date(2026, 9, 15)
ENUMS = (
    Circle,
    Relation,
    KnowsMe,
    NetworkType,
    Source,
    Channel,
    Direction,
    InteractionKind,
    FollowUpStatus,
)


def test_a_contact_is_cleaned_and_typed():
    contact = validate_contact(
        {
            "display_name": "  Zoe\u0301 Martin\x00 ",
            "circle": "2",
            "relation": "above",
            "email": "zoe@example.fr",
            "added_on": "2026-01-31",
        },
        TODAY,
    )
    assert contact.display_name == "Zoé Martin"  # NFC, control characters gone, trimmed
    assert contact.circle is Circle.CLOSE and contact.relation is Relation.ABOVE
    assert contact.added_on == dt.date(2026, 1, 31) and contact.source is Source.MANUAL


@pytest.mark.parametrize(
    ("fields", "key", "words_fr"),
    [
        ({"display_name": "   "}, "errors.empty_name", "nom est vide"),
        ({"display_name": "A", "circle": 7}, "errors.invalid_choice", "cercle"),
        ({"display_name": "A", "relation": "boss"}, "errors.invalid_choice", "au-dessus de moi"),
        (
            {"display_name": "A", "email": "pas-une-adresse"},
            "errors.invalid_email",
            "pas-une-adresse",
        ),
        (
            {"display_name": "A", "profile_url": "javascript:alert(1)"},
            "errors.invalid_url",
            "https://",
        ),
        ({"display_name": "A", "added_on": "2027-01-01"}, "errors.future_date", "futur"),
        ({"display_name": "A", "added_on": "31/02/2026"}, "errors.invalid_date", "AAAA-MM-JJ"),
        ({"display_name": "A" * 6000}, "errors.too_long", "5000"),
    ],
)
def test_bad_contact_fields_say_what_to_fix(fields, key, words_fr):
    with pytest.raises(ValidationError) as error:
        validate_contact(fields, TODAY)
    assert error.value.key == key
    assert words_fr in error.value.message("fr")
    assert error.value.message("en") != error.value.message("fr")


def test_an_interaction_in_the_future_is_refused():
    raw = {"contact_id": 1, "date": "2026-09-16", "channel": "phone", "direction": "gave"}
    with pytest.raises(ValidationError) as error:
        validate_interaction(raw, TODAY)
    assert error.value.key == "errors.future_date"
    ok = validate_interaction({**raw, "date": "2026-09-15", "kind": "advice"}, TODAY)
    assert ok.channel is Channel.PHONE and ok.kind is InteractionKind.ADVICE


@pytest.mark.parametrize("missing", ["date", "channel", "direction", "contact_id"])
def test_an_interaction_needs_its_required_fields(missing):
    raw = {"contact_id": 1, "date": "2026-09-01", "channel": "email", "direction": "received"}
    raw.pop(missing)
    with pytest.raises(ValidationError) as error:
        validate_interaction(raw, TODAY)
    assert error.value.key == "errors.missing_field"


@pytest.mark.parametrize("enum_type", ENUMS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_choice_has_a_label_in_each_language(enum_type, lang):
    labels = [label(member, lang) for member in enum_type]
    assert all(labels) and len(set(labels)) == len(labels)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.dictionaries(
        st.sampled_from([f.name for f in dataclasses.fields(Contact)]),
        st.one_of(st.text(), st.integers(), st.none(), st.dates()),
    )
)
def test_any_input_gives_a_contact_or_a_validation_error(fields):
    try:
        contact = validate_contact(fields, TODAY)
    except ValidationError as error:
        assert error.message("fr") and error.message("en")
    else:
        assert contact.display_name and contact.display_name == contact.display_name.strip()
