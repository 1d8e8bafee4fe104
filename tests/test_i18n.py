"""Catalogues: every message in both languages, same fields, and every key the code uses exists."""

import re
from pathlib import Path

import pytest

import toolkit
from toolkit import i18n
from toolkit.i18n import catalogue, placeholders, t

TOOLKIT = Path(toolkit.__file__).parent


def test_every_key_exists_in_both_languages():
    fr, en = catalogue("fr"), catalogue("en")
    assert sorted(set(fr) - set(en)) == [], "keys in French only"
    assert sorted(set(en) - set(fr)) == [], "keys in English only"


def test_every_message_expects_the_same_fields_in_both_languages():
    fr, en = catalogue("fr"), catalogue("en")
    different = [key for key in fr if placeholders(fr[key]) != placeholders(en[key])]
    assert different == []


def test_no_message_is_left_empty_or_untranslated():
    fr, en = catalogue("fr"), catalogue("en")
    assert [k for k in fr if not fr[k].strip() or not en[k].strip()] == []
    # The same short text is fine (LinkedIn, codes); the same sentence is a forgotten translation.
    same = [k for k in fr if fr[k] == en[k] and len(fr[k].split()) > 3]
    assert same == []


def _keys_used_in_code():
    pattern = re.compile(r"""(?:\bt|\bplural|Error)\(\s*f?["']([a-z_]+\.[a-z_.{}]+)["']""")
    used = set()
    for source in TOOLKIT.rglob("*.py"):
        used |= set(pattern.findall(source.read_text(encoding="utf-8")))
    return used


def test_every_literal_key_used_by_the_code_exists():
    messages = catalogue("fr")
    # A plural message is its sub-keys ``key.one`` / ``key.other``: the code names ``key``.
    keys = set(messages) | {k.removesuffix(".other") for k in messages if k.endswith(".other")}
    literal = {k for k in _keys_used_in_code() if "{" not in k}
    assert len(literal) > 20  # the scan itself works
    assert sorted(literal - keys) == []


def test_set_language_switches_messages():
    try:
        toolkit.set_language("en")
        assert toolkit.get_language() == "en"
        assert t("errors.empty_name").startswith("The name is empty")
        toolkit.set_language("fr")
        assert t("errors.empty_name").startswith("Le nom est vide")
        assert t("errors.empty_name", "en").startswith("The name")
    finally:
        toolkit.set_language("fr")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        toolkit.set_language("de")
    assert i18n.get_language() == "fr"


def test_a_key_defined_in_two_files_is_refused(tmp_path, monkeypatch):
    for lang in i18n.LANGUAGES:
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "a.toml").write_text('[x]\ny = "1"\n', encoding="utf-8")
        (tmp_path / lang / "b.toml").write_text('[x]\ny = "2"\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "_CATALOGUE_DIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"x\.y"):
            i18n.catalogue("fr")
    finally:
        monkeypatch.undo()
        i18n.catalogue.cache_clear()


# Plurals, numbers, percentages and dates through Babel (CLDR), in the participant's locale.


def test_plural_picks_the_language_s_category(monkeypatch):
    import toolkit.i18n as i18n

    fr = {"x.one": "{count} relance", "x.other": "{count} relances"}
    en = {"x.one": "{count} follow-up", "x.other": "{count} follow-ups"}
    monkeypatch.setattr(i18n, "catalogue", lambda lang: fr if lang == "fr" else en)
    # French counts 0 and 1 as singular; English only 1.
    assert [i18n.plural("x", n, "fr") for n in (0, 1, 2)] == [
        "0 relance",
        "1 relance",
        "2 relances",
    ]
    assert [i18n.plural("x", n, "en") for n in (0, 1, 2)] == [
        "0 follow-ups",
        "1 follow-up",
        "2 follow-ups",
    ]
    # A category the catalogue lacks (French "many" for a million) falls back to "other".
    assert i18n.plural("x", 1_000_000, "fr") == "1\u202f000\u202f000 relances"


def test_numbers_percentages_and_dates_follow_the_locale():
    import datetime

    from toolkit.i18n import date_text, number, percent

    assert number(1234.5, 1, "fr") == "1\u202f234,5"
    assert number(1234.5, 1, "en") == "1,234.5"
    assert number(142, lang="fr") == "142"
    assert percent(0.571, 1, "fr") == "57,1\u202f%"
    assert percent(0.57, lang="en") == "57%"
    day = datetime.date(2026, 6, 1)
    assert date_text(day, "full", "fr") == "lundi 1 juin 2026"
    assert date_text(day, "long", "en") == "1 June 2026"


# French typography and elision, applied by the toolkit rather than typed in the files.


def test_french_spacing_puts_narrow_spaces_where_french_wants_them():
    from toolkit.i18n import french_spacing

    n = "\u202f"
    assert french_spacing("Prêt ? Oui ! « vous » ; 57 % : fin") == (
        f"Prêt{n}? Oui{n}! «{n}vous{n}»{n}; 57{n}%{n}: fin"
    )
    assert french_spacing("Prêt? Note: «oui»") == f"Prêt{n}? Note{n}: «{n}oui{n}»"
    # Fields, times, addresses and CSV examples are not punctuation.
    untouched = "{share:.0%} à 14:30 sur https://example.fr?x=1 (Prénom;Nom)"
    assert french_spacing(untouched) == untouched


def test_the_french_catalogue_is_typeset_when_it_loads():
    fr, en = catalogue("fr"), catalogue("en")
    assert "\u202f;" in fr["followups.summary"] and " ;" not in fr["followups.summary"]
    assert "\u202f" not in "".join(en.values())  # English keeps its own rules


def test_elision_follows_the_inserted_value(monkeypatch):
    from toolkit.i18n import elide

    fr = {"x.thanks": "Remerciez {name} de la part de {name}, plus que {other}."}
    monkeypatch.setattr(i18n, "catalogue", lambda lang: fr)
    assert t("x.thanks", "fr", name="Amélie", other="Inès") == (
        "Remerciez Amélie de la part d'Amélie, plus qu'Inès."
    )
    assert t("x.thanks", "fr", name="Karim", other="Yann") == (
        "Remerciez Karim de la part de Karim, plus que Yann."
    )
    assert [elide("de", w) for w in ("Yves", "Hugo", "IBM")] == ["d'Yves", "de Hugo", "d'IBM"]


def test_a_plural_key_is_filled_by_t_with_count(monkeypatch):
    fr = {"x.n.one": "{count} relance pour {name}", "x.n.other": "{count} relances pour {name}"}
    monkeypatch.setattr(i18n, "catalogue", lambda lang: fr)
    assert t("x.n", "fr", count=1, name="Jo") == "1 relance pour Jo"
    assert t("x.n", "fr", count=1234, name="Jo") == "1\u202f234 relances pour Jo"


def test_day_text_writes_the_first_of_the_month_as_french_does():
    import datetime

    from toolkit.i18n import day_text

    assert day_text(datetime.date(2026, 6, 1), lang="fr") == "lundi 1er juin 2026"
    assert day_text(datetime.date(2026, 6, 11), lang="fr") == "jeudi 11 juin 2026"
    assert day_text(datetime.date(2026, 6, 1), "d MMMM", "fr") == "1er juin"
    assert day_text(datetime.date(2026, 6, 1), lang="en") == "Monday, 1 June 2026"


def test_english_dates_are_british_in_every_style_and_long_date_is_the_full_one():
    """One order for English, day before month, whichever function or style writes the date."""
    import datetime

    from toolkit.i18n import LANGUAGES, date_text, day_text, long_date

    day = datetime.date(2026, 6, 1)
    assert date_text(day, "short", "en") == "01/06/2026"
    assert date_text(day, "medium", "en") == "1 Jun 2026"
    assert date_text(day, "long", "en") == "1 June 2026"
    assert date_text(day, "full", "en") == "Monday, 1 June 2026"
    assert date_text(day, "long", "fr") == "1 juin 2026"
    for lang in LANGUAGES:
        for shown in (day, datetime.date(2026, 9, 1), datetime.date(2026, 12, 24)):
            assert long_date(shown, lang) == day_text(shown, "full", lang)
    assert long_date(datetime.date(2026, 9, 1), "en") == "Tuesday, 1 September 2026"
    assert long_date(datetime.date(2026, 9, 1), "fr") == "mardi 1er septembre 2026"
