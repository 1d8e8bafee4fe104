"""Message drafts: each channel, the relation, the thank-you promise, the LinkedIn limit."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.ask.drafts import ask_body, drafts, linkedin, linkedin_limit, templates
from toolkit.i18n import t

PERFUME = (
    "Bonjour Ada, je cherche quelqu'un qui pourrait me conseiller pour un poste de commercial "
    "dans le luxe, en particulier les parfums pour femmes, où j'ai huit ans d'expérience. "
    "En échange, je peux partager mon étude du marché."
)
SHORT_EN = "I am looking for someone at a perfume house. In return I can share my study."


def test_the_greeting_of_the_ask_is_not_said_twice():
    assert ask_body(PERFUME, "fr").startswith("Je cherche quelqu'un")
    assert ask_body("Hello Ada, I need advice.", "en") == "I need advice."
    assert ask_body(SHORT_EN, "en") == SHORT_EN


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_draft_holds_the_ask_and_the_promise_to_report_back(lang):
    result = drafts(SHORT_EN, lang, "Ada Lovelace", "Zoé", "peer")
    email = result["email"]
    assert email.subject == templates(lang)["email"]["subject"]
    assert email.text.startswith(templates(lang)["email"]["greeting"]["peer"].format(name="Ada"))
    assert SHORT_EN in email.text and "Zoé" in email.text
    assert templates(lang)["email"]["thanks"]["plain"] in email.text
    assert templates(lang)["linkedin"]["thanks"] in result["linkedin"].text
    assert templates(lang)["phone"]["thanks"] in result["phone"].text
    assert result["phone"].text.startswith(
        templates(lang)["phone"]["greeting"].format(name="Ada", me="Zoé")
    )


def test_the_relation_changes_the_tone_and_an_introduction_names_who_sent_me():
    above = drafts(PERFUME, "fr", "Hélène Roy", "Zoé", "above", via="Paul")
    assert templates("fr")["email"]["opening"]["above"] in above["email"].text
    assert "Paul m'a conseillé de vous écrire." in above["email"].text
    assert above["email"].subject == "De la part de Paul\u202f: une question précise"
    assert "à vous comme à Paul" in above["email"].text  # P10: thank the intermediary too
    assert templates("fr")["phone"]["above"] in above["phone"].text
    peer = drafts(PERFUME, "fr", "Hélène Roy", "Zoé", "peer")
    assert templates("fr")["phone"]["above"] not in peer["phone"].text


def test_linkedin_keeps_whole_sentences_within_300_characters():
    assert linkedin_limit("fr") == linkedin_limit("en") == 300
    short = linkedin(SHORT_EN, "en", "Ada")
    assert not short.shortened and SHORT_EN in short.text and short.fits
    assert not linkedin(PERFUME, "fr", "Ada").shortened  # 263 characters with the frame
    long = linkedin(PERFUME + " Je vous envoie aussi mon CV, si cela peut servir.", "fr", "Ada")
    assert long.shortened and long.length <= 300 and long.fits
    assert "Je cherche quelqu'un" in long.text and "CV" not in long.text
    assert long.text.endswith(templates("fr")["linkedin"]["thanks"])


def test_a_single_endless_sentence_is_cut_at_a_word():
    draft = linkedin("mot " * 400, "fr", "Ada")
    assert draft.length <= 300 and draft.shortened and "…" in draft.text


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=3000),
    st.text(max_size=80),
    st.sampled_from(["fr", "en"]),
    st.sampled_from([None, "peer", "above", "below", "outside"]),
    st.text(max_size=80),
)
def test_any_ask_and_name_give_three_drafts_and_linkedin_stays_in_its_limit(
    ask, name, lang, relation, via
):
    result = drafts(ask, lang, name, "Zoé", relation, via)
    assert set(result) == {"email", "linkedin", "phone"}
    assert result["linkedin"].length <= 300
    assert all(isinstance(d.text, str) and d.text for d in result.values())


def test_an_email_to_someone_undescribed_has_no_empty_paragraph():
    text = drafts(SHORT_EN, "en")["email"].text
    assert "\n\n\n" not in text and text.startswith("Hello,\n\nI am looking")


def test_a_shortened_draft_keeps_the_offer_and_a_vague_ask_is_flagged():
    ask = (
        "Je cherche quelqu'un qui connaît la logistique du froid pour les laboratoires, à Lyon. "
        "J'ai piloté sept ans des entrepôts sous température dirigée, dont deux sites classés "
        "pour les vaccins, et j'ai monté la traçabilité de trois transporteurs régionaux. "
        "Un avis de dix minutes me suffirait. En échange, je peux partager ma grille d'audit."
    )
    note = linkedin(ask, "fr", "Ada")
    assert note.shortened and note.fits
    assert "je peux partager ma grille d'audit" in note.text  # P8: the offer is never cut
    assert "Je cherche quelqu'un" in note.text
    call = drafts(ask, "fr", "Ada Lovelace", "Zoé", "peer")["phone"]
    assert "je peux partager ma grille d'audit" in call.text
    assert not any(d.warning for d in drafts(ask, "fr", "Ada", "Zoé", "peer").values())
    vague = drafts("Si tu entends parler de quelque chose, pense à moi.", "fr", "Ada")
    assert all(t("asks.verdict.vague", "fr") in d.warning for d in vague.values())
