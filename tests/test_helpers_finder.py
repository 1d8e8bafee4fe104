"""Who can help and through whom, on a small network ranked by hand."""

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.ask.helpers import ask_words, find_helpers, find_intermediaries
from toolkit.core.model import TABLE_DTYPES
from toolkit.i18n import t

TODAY = dt.date(2026, 9, 15)
ASK = (
    "Je cherche quelqu'un qui connaît la vente dans le luxe, en particulier les parfums "
    "pour femmes."
)


def frame(table, rows=()):
    return pd.DataFrame(list(rows), columns=list(TABLE_DTYPES[table])).astype(TABLE_DTYPES[table])


def person(id, name, sector="", company="", position="", circle=None, knows_me=None):
    return {
        "id": id,
        "display_name": name,
        "company": company,
        "position": position,
        "sector": sector,
        "email": "",
        "phone": "",
        "profile_url": "",
        "circle": circle,
        "relation": None,
        "knows_me": knows_me,
        "network_type": None,
        "how_met": "",
        "source": "manual",
        "notes": "",
    }


def exchange(id, contact_id, days_ago, direction):
    return {
        "id": id,
        "contact_id": contact_id,
        "date": pd.Timestamp(TODAY - dt.timedelta(days=days_ago)),
        "channel": "phone",
        "direction": direction,
        "kind": None,
        "notes": "",
    }


# By hand (the checker reads "vente", "luxe" as broad fields, weight 0.5, and "parfums pour
# femmes" as the niche, weight 1): Alice fits by sector "Luxe" (3 × 0.5) and company "Parfums de
# Lisière" (3 × 1) = 4.5, circle 2 (2), knows me (2), spoke 5 days ago in a 30-day rhythm (1),
# I gave her 2, got 0 (1) = 10.5. Bruno fits by sector (1.5), circle 4 (0.5), knows me a little
# (1), last spoke 300 days ago (0), I only received (−1) = 2. Chloé fits by position
# "parfumeuse" ~ "parfums" (2 × 1), circle 5, does not know me (−1) = 1. Denis: banking, never
# matches. Emma knows Chloé and I gave her 3, got 1: she is the way to Chloé.
CONTACTS = [
    person(1, "Alice Martin", "Luxe", "Parfums de Lisière", "Cheffe de produit", 2, "yes"),
    person(2, "Bruno Petit", "Luxe", "Maison Orvelle", "", 4, "a_little"),
    person(3, "Chloé Roux", "Cosmétique", "Sylvane", "Parfumeuse", 5, "no"),
    person(4, "Denis Blanc", "Banque", "Banque Ardoise", "Analyste", 1, "yes"),
    person(5, "Emma Noir", "Éducation", "Lycée", "Enseignante", 3, "yes"),
    person(6, "Farid Vert", "Industrie", "Forges", "Ingénieur", 3, "yes"),
]
INTERACTIONS = [
    exchange(1, 1, 5, "gave"),
    exchange(2, 1, 40, "gave"),
    exchange(3, 2, 300, "received"),
    exchange(4, 5, 10, "gave"),
    exchange(5, 5, 20, "gave"),
    exchange(6, 5, 30, "gave"),
    exchange(7, 5, 50, "received"),
    exchange(8, 6, 10, "received"),  # Farid knows Chloé too, but I only took from him
]
TIES = [{"contact_a": 3, "contact_b": 5}, {"contact_a": 3, "contact_b": 6}]


@pytest.fixture
def network():
    return frame("contacts", CONTACTS), frame("interactions", INTERACTIONS), frame("ties", TIES)


def test_helpers_are_ranked_as_worked_out_by_hand(network):
    contacts, interactions, _ = network
    helpers = find_helpers(contacts, interactions, TODAY, ASK, lang="fr")
    assert [(h.name, h.score) for h in helpers] == [
        ("Alice Martin", 10.5),
        ("Bruno Petit", 2.0),
        ("Chloé Roux", 1.0),
    ]
    alice, bruno, chloe = helpers
    assert alice.direct and not bruno.direct and not chloe.direct
    assert alice.matched == ("Luxe", "Parfums de Lisière")
    assert t("helpers.reason.sector", "fr", value="Luxe") in alice.reasons
    assert t("helpers.reason.gave_more", "fr", gave="2 fois", received="0 fois") in alice.reasons
    assert t("helpers.reason.took_only", "fr", received="1 fois") in bruno.reasons
    assert t("helpers.reason.knows_me_no", "fr") in chloe.reasons


def test_the_builder_fields_count_as_words_of_the_ask(network):
    contacts, interactions, _ = network
    helpers = find_helpers(contacts, interactions, TODAY, "Un conseil ?", {"domain": "banque"})
    assert [h.name for h in helpers] == ["Denis Blanc"]


def test_the_fit_is_as_strong_as_the_words_and_ignores_my_offer_and_background():
    contacts = frame(
        "contacts",
        [
            person(1, "Gaël Contrôleur", "Industrie", "Forges", "Contrôleur de gestion", 3, "yes"),
            person(2, "Hana Distri", "Grande distribution", "Hypermarché", "Cheffe de rayon", 3),
            person(3, "Inès Sécu", "Santé", "CHU", "Responsable sécurité informatique", 3, "yes"),
            person(4, "Jules Cyber", "Santé", "CHU", "Ingénieur cybersécurité hôpitaux", 3, "yes"),
        ],
    )
    ask = (
        "Je cherche quelqu'un dans la cybersécurité des hôpitaux, pour un avis de dix minutes. "
        "J'ai dix ans dans la grande distribution. En échange, je peux aider en gestion de projet."
    )
    helpers = find_helpers(contacts, frame("interactions"), TODAY, ask, lang="fr", limit=0)
    names = [h.name for h in helpers]
    assert "Gaël Contrôleur" not in names  # "gestion" comes from my offer
    assert "Hana Distri" not in names  # "grande distribution" is my background
    assert names[0] == "Jules Cyber"  # two niche words fit: stronger than one
    scores = {h.name: h.score for h in helpers}
    assert scores["Jules Cyber"] > scores.get("Inès Sécu", 0)


def test_common_words_short_words_and_an_empty_ask_find_nobody(network):
    contacts, interactions, _ = network
    assert ask_words("Je cherche un conseil pour un poste, merci d'avance", lang="fr") == set()
    assert find_helpers(contacts, interactions, TODAY, "", lang="fr") == []
    assert find_helpers(contacts.iloc[0:0], interactions, TODAY, ASK) == []


def test_reasons_are_in_the_participant_language(network):
    contacts, interactions, _ = network
    [alice, *_] = find_helpers(contacts, interactions, TODAY, "someone in luxe, Lisière", lang="en")
    assert t("helpers.reason.company", "en", value="Parfums de Lisière") in alice.reasons
    assert t("helpers.reason.circle_2", "en") in alice.reasons


def test_reach_a_weak_tie_through_someone_i_helped(network):
    contacts, interactions, ties = network
    helpers = find_helpers(contacts, interactions, TODAY, ASK, lang="fr")
    [through] = find_intermediaries(helpers, contacts, interactions, ties, lang="fr")
    assert (through.target_name, through.via_name, through.gave, through.received) == (
        "Chloé Roux",
        "Emma Noir",
        3,
        1,
    )
    assert through.reason.startswith("Joindre Chloé Roux par Emma Noir")
    # Alice is asked directly; Bruno has no tie; Farid knows Chloé but I only took from him.
    assert all(i.via_name != "Farid Vert" for i in find_intermediaries(
        helpers, contacts, interactions, ties, per_target=5
    ))  # fmt: skip


def test_markup_in_names_stays_plain_text_in_the_reasons(network):
    contacts, interactions, _ = network
    contacts.loc[0, "company"] = "<script>alert(1)</script> Luxe"
    [alice, *_] = find_helpers(contacts, interactions, TODAY, ASK)
    assert "<script>alert(1)</script> Luxe" in alice.matched  # escaped where it is shown


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(),
        st.just(""),
        st.just("<img src=x onerror=alert(1)> luxe 🌿 " * 300),
        st.just("parfum " * 1_500),  # ~10,000 characters
    ),
    lang=st.sampled_from(["fr", "en"]),
)
def test_any_ask_gives_a_ranked_list_and_never_fails(network, text, lang):
    contacts, interactions, ties = network
    helpers = find_helpers(contacts, interactions, TODAY, text, lang=lang, limit=0)
    assert [h.score for h in helpers] == sorted((h.score for h in helpers), reverse=True)
    assert all(h.reasons and h.matched for h in helpers)
    find_intermediaries(helpers, contacts, interactions, ties, lang)


@pytest.mark.parametrize(
    ("lang", "quoted", "line"),
    [
        (
            "fr",
            "«\u202fUn conseil sur l'audit\u202f»",
            "<b>Inès</b> (elle-même)\u202f: connaît l'audit.",
        ),
        ("en", "“Un conseil sur l'audit”", "<b>Inès</b> (elle-même): connaît l'audit."),
    ],
)
def test_the_helper_list_is_punctuated_in_the_participants_language(lang, quoted, line):
    import html

    import toolkit
    from toolkit.ask.helpers import Helper
    from toolkit.ask.progress import SavedAsk
    from toolkit.ask.screens.helpers import helpers_html

    ask = SavedAsk(1, "Un conseil sur l'audit", {}, None)
    helper = Helper(1, "Inès", 1.0, ("audit",), ("connaît l'audit",), True)
    try:
        toolkit.set_language(lang)
        page = html.unescape(helpers_html(ask, [helper], []))
        how = t("helpers.direct")
    finally:
        toolkit.set_language("fr")
    assert quoted in page
    assert line.replace("elle-même", how) in page
