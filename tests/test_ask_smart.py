"""The SMART parts of an ask: a time frame and a "why", found in real-looking asks and quoted."""

import pytest

from toolkit.ask.smart import smart_criteria, smart_parts

FR_ASKS = [
    (
        "Bonjour Karim, je cherche à parler d'ici fin mars à une responsable qualité dans "
        "l'agroalimentaire bio, pour décider si je reprends une formation.",
        "d'ici fin mars",
        "pour décider si je reprends une formation",
    ),
    (
        "Pourriez-vous me présenter à quelqu'un du service achats de Lactalis avant le 15 ? "
        "Je m'installe à Laval en avril, car mon conjoint y est muté.",
        "avant le 15",
        "car mon conjoint y est muté",
    ),
    (
        "J'aimerais votre avis sur mon CV de chargée de mission RSE ce mois-ci, afin de "
        "savoir si je le présente comme une reconversion.",
        "ce mois-ci",
        "afin de savoir si je le présente comme une reconversion",
    ),
    (
        "Auriez-vous vingt minutes dans les deux prochaines semaines pour m'expliquer comment "
        "on recrute un data analyst chez vous ?",
        "dans les deux prochaines semaines",
        "",
    ),
    (
        "Je voudrais un conseil sur le marché des parfums pour femmes, parce que je dois choisir "
        "entre deux offres.",
        "",
        "parce que je dois choisir entre deux offres",
    ),
]
EN_ASKS = [
    (
        "Could you introduce me to someone in procurement at a hospital by the end of March? "
        "I'd like to decide whether to specialise in medical devices.",
        "by the end of March",
        "to decide whether to specialise in medical devices",
    ),
    (
        "I'm looking for advice on UX research roles in fintech this month, because I'm moving "
        "to Lyon in June.",
        "this month",
        "because I'm moving to Lyon in June",
    ),
    (
        "Would you have 15 minutes before the 15th to tell me how your team hires analysts? "
        "It would help me to decide if I apply.",
        "before the 15th",
        "to decide if I apply",
    ),
    (
        "I would love your feedback on my portfolio so that I can pitch it to agencies.",
        "",
        "so that I can pitch it to agencies",
    ),
]


@pytest.mark.parametrize(("text", "when", "why"), FR_ASKS)
def test_french_asks_give_their_time_frame_and_reason(text, when, why):
    parts = smart_parts(text, "fr")
    assert parts.time_frame == when
    assert parts.why == why
    assert when in text and why in text  # quoted as written


@pytest.mark.parametrize(("text", "when", "why"), EN_ASKS)
def test_english_asks_give_their_time_frame_and_reason(text, when, why):
    parts = smart_parts(text, "en")
    assert parts.time_frame == when
    assert parts.why == why
    assert when in text and why in text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je cherche des conseils sur la vente dans le luxe.", "fr"),
        ("Avant de vous demander quoi que ce soit, je voulais vous remercier.", "fr"),
        ("Je prends le car de 8 h pour venir.", "fr"),
        ("I am looking for advice on sales in luxury.", "en"),
        ("Before I ask anything, thank you for the talk.", "en"),
    ],
)
def test_asks_without_either_part_get_neither(text, lang):
    assert smart_parts(text, lang).time_frame == ""
    assert smart_parts(text, lang).why == ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_criteria_quote_the_words_or_say_what_to_add(lang):
    text = FR_ASKS[1][0] if lang == "fr" else EN_ASKS[1][0]
    criteria = smart_criteria(text, lang)
    assert list(criteria) == ["time_frame", "why"]
    assert criteria["time_frame"].status == "pass"
    quote = criteria["time_frame"].quote[0]
    assert quote in text and quote in criteria["time_frame"].explanation
    empty = smart_criteria("x", lang)
    assert {c.status for c in empty.values()} == {"fail"}
    assert all(c.suggestion for c in empty.values())
    assert empty["why"].explanation != empty["time_frame"].explanation


def test_a_long_reason_is_cut_to_a_few_words():
    text = "Je vous écris parce que " + " ".join(["vraiment"] * 30)
    why = smart_parts(text, "fr").why
    assert why.endswith("…") and len(why.split()) == 12


def test_the_builder_names_both_parts_in_its_feedback(session):
    import html

    from toolkit.i18n import t
    from toolkit.ui import AskBuilder

    builder = AskBuilder(session)
    builder.fill(
        helper="une responsable qualité",
        domain="l'agroalimentaire bio",
        niche="les céréales de Beauce",
        experience="six ans de qualité chez un meunier",
        offer="je peux partager mon étude des labels",
    )
    shown = builder.feedback_html
    assert html.escape(t("smart.time_frame.fail")) in shown
    assert html.escape(t("smart.why.fail")) in shown
    assert builder.smart()["why"].status == "fail"
    builder.fill(niche="les céréales de Beauce d'ici fin mars")  # the fields' words count
    assert builder.smart()["time_frame"].quote == ("d'ici fin mars",)
    builder.write(FR_ASKS[0][0])  # a hand-written draft is read as written
    shown = builder.feedback_html
    assert html.escape("«\u202fd'ici fin mars\u202f»") in shown  # French quotes, narrow spaces
    assert "«\u202fpour décider si je reprends une formation\u202f»" in shown
    assert builder.smart()["why"].status == "pass"
