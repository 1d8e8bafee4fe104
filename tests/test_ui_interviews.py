"""Step-5 screens driven through their public methods and buttons: what they store."""

import base64
import datetime as dt

from toolkit import demo
from toolkit.core.model import Contact
from toolkit.interviews import meetings as interviews
from toolkit.interviews.screens.meetings import sheet_link
from toolkit.ui import InterviewDebrief, InterviewPrep

TODAY = demo.REFERENCE_DATE


def _first_contact(session):
    return int(session.workspace.contacts()["id"].iloc[0])


def _button(screen, description):
    stack = [screen]
    while stack:
        widget = stack.pop()
        if getattr(widget, "description", None) == description and hasattr(widget, "click"):
            return widget
        stack.extend(getattr(widget, "children", ()))
    raise AssertionError(description)


def test_prep_drafts_from_the_contact_and_saves_the_request_once(cecile):
    screen = InterviewPrep(cecile)
    cid = _first_contact(cecile)
    screen.choose(cid)
    prep = screen.preparation()
    assert prep.contact_name and "pas pour un poste" in prep.introduction["why"]
    assert "Déroulé" in screen._guide.value
    screen.fill(who="Je suis <b>Cécile</b>.", offer="Un retour sur vos outils")
    page = screen.sheet()
    assert "&lt;b&gt;Cécile&lt;/b&gt;" in page and "Un retour sur vos outils" in page
    assert base64.b64encode(page.encode()).decode() in screen._link.value
    _button(screen, "Enregistrer la préparation").click()
    screen.save("phone")
    stored = cecile.workspace.interviews()
    assert len(stored) == 1 and stored["channel"].iloc[0] == "phone"
    assert stored["key"].iloc[0] == interviews.interview_key(cid, TODAY)
    assert "enregistré" in screen._feedback.value


def test_prep_without_a_contact_says_so(cecile):
    screen = InterviewPrep(cecile)
    assert screen.save() is None and screen.sheet() is None
    assert "Choisissez" in screen._feedback.value
    assert cecile.workspace.interviews().empty


def test_debrief_button_stores_contacts_and_follow_ups_once(cecile):
    prep = InterviewPrep(cecile)
    cid = _first_contact(cecile)
    prep.choose(cid)
    prep.save("email")
    screen = InterviewDebrief(cecile)  # picks the latest interview
    contacts_before = len(cecile.workspace.contacts())
    followups_before = len(cecile.workspace.followups())
    interactions_before = len(cecile.workspace.interactions())
    screen.fill(learned="Les labels", names="Inès Marchand — Coop\n<script>x</script>")
    assert "Aucun retour promis" in screen._missing.value
    screen.fill(give_back="Un article", met_on=dt.date(2026, 9, 15))
    assert "Rien ne manque" in screen._missing.value
    _button(screen, "Enregistrer le compte rendu").click()
    exported = cecile.workspace.export()
    assert screen.save() is not None  # the same debrief again
    assert cecile.workspace.export() == exported
    assert len(cecile.workspace.contacts()) == contacts_before + 2
    assert len(cecile.workspace.followups()) == followups_before + 4  # thanks, give-back, 2 names
    assert len(cecile.workspace.interactions()) == interactions_before + 1
    stored = cecile.workspace.interviews().iloc[0]
    assert str(stored["met_on"].date()) == "2026-09-15"
    assert "2 nouveaux contacts, 4 relances" in screen._feedback.value
    fresh = InterviewDebrief(cecile)  # what was saved comes back in the form
    assert fresh.debrief() == screen.debrief()


def test_answered_button_counts_in_the_pipeline(cecile):
    prep = InterviewPrep(cecile)
    prep.choose(_first_contact(cecile))
    prep.save("email")
    screen = InterviewDebrief(cecile)
    _button(screen, "Réponse reçue").click()
    result = interviews.funnel(
        cecile.workspace.interviews(), cecile.workspace.referrals(), cecile.workspace.interactions()
    )
    assert result.stages["answered"] == 1 and result.stages["met"] == 0


def test_debrief_without_an_interview_says_so(cecile):
    screen = InterviewDebrief(cecile)
    assert screen.save() is None
    assert "Aucun entretien" in screen._feedback.value


def test_sheet_link_is_a_data_url():
    assert "data:text/html;charset=utf-8;base64," in sheet_link("<p>x</p>")


def test_introduced_by_at_preparation_brings_the_report_back_to_the_introducer(cecile):
    ids = cecile.workspace.contacts()["id"].astype(int).tolist()
    met, introducer = ids[0], ids[1]
    prep = InterviewPrep(cecile)
    prep.choose(met, via=introducer)
    assert prep._approach.value == "warm"
    prep.save("phone")
    prep.save("phone")  # the same day: one interview, one referral
    assert len(cecile.workspace.interviews()) == 1
    assert interviews.introducer_of(cecile.workspace.referrals(), met) == introducer
    screen = InterviewDebrief(cecile)
    screen.fill(learned="x", give_back="y")
    screen.save()
    followups = cecile.workspace.followups()
    report = followups[followups["origin"].str.endswith(":report")]
    assert report["contact_id"].tolist() == [introducer]
    assert InterviewPrep(cecile)._via.value is None  # a fresh screen starts with nobody chosen


def test_a_contact_with_nothing_described_can_be_prepared(cecile):
    [cid] = cecile.workspace.add_contacts([Contact("Zoé")])  # knows_me, relation... all missing
    screen = InterviewPrep(cecile)
    screen.choose(cid)
    assert screen._approach.value == "cold"
    assert screen.preparation().contact_name == "Zoé"


def test_debrief_names_someone_already_known_and_says_no_duplicate_was_made(cecile):
    prep = InterviewPrep(cecile)
    contacts = cecile.workspace.contacts()
    met, known = int(contacts["id"].iloc[0]), str(contacts["display_name"].iloc[1])
    prep.choose(met)
    prep.save("email")
    screen = InterviewDebrief(cecile)
    screen.fill(learned="Les labels", names=f"{known.upper()}\nInès Marchand", give_back="Un lien")
    assert screen.save() is not None
    assert len(cecile.workspace.contacts()) == len(contacts) + 1  # only Inès is new
    assert f"déjà dans votre réseau, sans doublon\u202f: {known}" in screen._feedback.value
    assert "1 nouveau contact\u202f;" in screen._feedback.value


def test_a_meeting_dated_before_its_request_is_refused_and_nothing_is_saved(cecile):
    prep = InterviewPrep(cecile)
    prep.choose(_first_contact(cecile))
    prep.save("email")  # asked today, 15 September
    screen = InterviewDebrief(cecile)
    exported = cecile.workspace.export()
    screen.fill(learned="Les labels", met_on=dt.date(2026, 9, 14))
    assert screen.save() is None
    assert (
        "avant que vous ne l" in screen._feedback.value and "14 septembre" in screen._feedback.value
    )
    assert cecile.workspace.export() == exported  # the workspace as it was
