"""The ask builder, driven as a participant does: fields, a hand-written draft, saving."""

import pytest

from toolkit.ask.checker import build_ask, check, check_fields
from toolkit.health import figures as health
from toolkit.i18n import t
from toolkit.ui import AskBuilder, QuickAdd

PERFUME = {
    "help": "advice",
    "domain": "la vente dans le luxe",
    "niche": "les parfums pour femmes",
    "experience": "huit ans de vente en parfumerie",
    "offer": "je peux partager mon étude du marché",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_builder_judges_what_each_field_says(lang):
    filler = {
        "help": "introduction",
        "helper": "",
        "domain": "x",
        "niche": "y",
        "experience": "z",
        "offer": "w",
    }
    draft = build_ask(filler, lang)
    assert not draft.startswith(("Bonjour", "Hello"))  # the drafts greet; the ask names nobody
    assert check_fields(filler, lang).verdict == "vague"  # the builder's phrases earn nothing
    real = {
        "fr": {
            "help": "introduction",
            "helper": "une responsable des achats",
            "domain": "l'agroalimentaire bio",
            "niche": "les céréales de Beauce",
            "experience": "six ans de qualité chez un meunier",
            "offer": "je peux partager mon étude des labels",
        },
        "en": {
            "help": "introduction",
            "helper": "a head of purchasing",
            "domain": "organic food",
            "niche": "grain from the Beauce",
            "experience": "six years in quality at a mill",
            "offer": "I can share my study of labels",
        },
    }[lang]
    result = check_fields(real, lang)
    assert result.verdict == "precise"
    assert result.criteria["offer"].quote == (real["offer"],)
    assert check(build_ask(real, lang), lang).verdict == "precise"  # the draft reads as precise
    bare = build_ask({}, lang)
    assert check_fields({}, lang).criteria["niche"].status == "fail"
    assert check(bare, lang).verdict == "vague"


def test_the_feedback_follows_the_fields_then_the_hand_written_draft(session):
    builder = AskBuilder(session)
    assert t("asks.verdict.vague") in builder.feedback_html  # nothing filled yet
    builder.fill(**PERFUME)
    assert "parfums pour femmes" in builder._draft.value
    assert t("asks.verdict.precise") in builder.feedback_html
    builder.write("Si vous entendez parler d'un poste quelque part, pensez à moi.")
    assert t("asks.verdict.vague") in builder.feedback_html
    builder.fill(niche="les parfums pour hommes")  # the hand-written draft is kept
    assert builder._draft.value.startswith("Si vous entendez parler")
    builder.regenerate()
    assert "parfums pour hommes" in builder._draft.value


def test_saving_a_precise_ask_for_a_contact_moves_the_fourth_question(session):
    [ada] = QuickAdd(session).add_names("Ada Lovelace")
    builder = AskBuilder(session)
    builder.fill(**PERFUME)
    builder._contact.value = ada
    assert "Ada" not in builder._draft.value  # drafts greet the contact; the ask names nobody
    ask_id = builder.save()
    asks = session.workspace.asks()
    assert "Ada" not in asks["text"].iloc[0]
    assert asks["id"].tolist() == [ask_id] and asks["verdict"].tolist() == ["precise"]
    assert asks["contact_id"].tolist() == [ada]
    report = health.health_report(
        session.workspace.contacts(),
        session.workspace.interactions(),
        session.workspace.ties(),
        asks,
        session.workspace.today(),
    )
    assert report.components["know_how_to_help"].details["heard"] == 1


def test_an_ask_to_someone_above_is_checked_as_such(session):
    from toolkit.ui import Describer

    [boss] = QuickAdd(session).add_names("Hélène Directrice")
    Describer(session).describe(boss, relation="above", circle=4)
    builder = AskBuilder(session)
    builder.fill(**PERFUME)
    builder._contact.value = boss
    assert builder.assessment().criteria["their_work"].status == "fail"


def test_a_draft_with_markup_is_shown_as_text(session):
    builder = AskBuilder(session)
    builder.write("<img src=x onerror=alert(1)> Je cherche quelqu'un qui <b>connaît</b> le vin.")
    assert "<img" not in builder.feedback_html and "<b>connaît" not in builder.feedback_html
    assert "quelqu&#x27;un qui" in builder.feedback_html
