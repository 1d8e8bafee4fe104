"""Informational interviews: preparation from an ask, debrief stored once, pipeline counts."""

import datetime as dt
import json

import pandas as pd
import pytest

from toolkit.ask.progress import SavedAsk
from toolkit.core.model import (
    TABLE_DTYPES,
    Approach,
    Ask,
    Channel,
    Contact,
    Direction,
    Interaction,
    Interview,
    KnowsMe,
    Referral,
)
from toolkit.core.names import exact_name_key
from toolkit.core.store import SCHEMA_VERSION, open_workspace
from toolkit.i18n import t
from toolkit.interviews import charts as interview_charts
from toolkit.interviews import meetings as interviews
from toolkit.review import charts

MET = dt.date(2026, 9, 10)
FIELDS = {
    "help": "advice",
    "helper": "a buyer",
    "domain": "food industry purchasing",
    "niche": "supplier audits for cooperatives",
    "experience": "ten years of quality audits",
    "offer": "a benchmark of audit tools",
}
ASK = SavedAsk(1, "Hello Ada, I am looking for advice on supplier audits.", FIELDS, 1)
ADA = {"id": 1, "display_name": "Ada <b>Lovelace</b>", "company": "Coop & Co",
       "position": "Buyer", "sector": "food", "notes": "", "knows_me": None}  # fmt: skip


def test_preparation_is_built_from_the_saved_ask():
    prep = interviews.prepare(ADA, ASK, "Cécile", "en")
    assert prep.introduction["who"] == "I am Cécile."
    assert "ten years of quality audits" in prep.introduction["background"]
    assert "supplier audits for cooperatives" in prep.introduction["project"]
    assert "not for a job" in prep.introduction["why"]
    assert prep.offer == "a benchmark of audit tools"
    assert "Buyer at Coop & Co." in prep.their_work
    assert set(prep.questions) == {"advice", "field", "contacts"}
    assert any("meet" in q for q in prep.questions["contacts"])
    assert sum(minutes for minutes, _ in prep.running_order) == 30
    assert interviews.fits_in_time(prep.introduction_text, "en")
    assert not interviews.fits_in_time("word " * 500, "en")


def test_preparation_without_an_ask_still_has_questions_and_a_default_offer():
    prep = interviews.prepare(ADA, None, "", "fr")
    assert prep.introduction["who"] == "" and "pas pour un poste" in prep.introduction["why"]
    assert prep.offer and len(prep.questions["contacts"]) >= 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_guides_have_the_same_shape_in_both_languages(lang):
    guide = interviews.guide(lang)
    assert {f: len(q) for f, q in guide["questions"].items()} == {
        f: len(q) for f, q in interviews.guide("fr")["questions"].items()
    }
    assert sum(s["minutes"] for s in guide["running_order"]) == 30


def test_sheet_is_a_printable_page_with_untrusted_text_escaped():
    prep = interviews.prepare(ADA, ASK, "<script>alert(1)</script>", "en")
    page = interviews.sheet_html(prep, "en")
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>Lovelace</b>" not in page and "Ada &lt;b&gt;Lovelace&lt;/b&gt;" in page
    assert "Whom would you advise me to meet next?" in page


def test_names_are_parsed_one_per_line():
    names = interviews.parse_names("Inès Marchand — Coop lait — quality\n\nPaul Renard; club\n")
    assert names == (
        interviews.GivenName("Inès Marchand", "Coop lait", "quality"),
        interviews.GivenName("Paul Renard", "club", ""),
    )
    assert exact_name_key("  INÈS   marchand") == "ines marchand"


def test_missing_names_what_the_method_expects():
    empty = interviews.Debrief(thanks=False)
    assert interviews.missing(empty) == ["no_learned", "no_names", "no_give_back", "no_thanks"]
    full = interviews.debrief_from_fields(
        {"learned": "x", "names": "Paul", "give_back": "an article", "thanks": True}
    )
    assert interviews.missing(full) == []


# -- stored: debrief exactly once ----------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path):
    with open_workspace(tmp_path / "w.sqlite", create=True) as ws:
        ws.set_meta({"today": "2026-09-15"})
        yield ws


def _interview(contact_id, **changes):
    base = Interview(
        key=interviews.interview_key(contact_id, dt.date(2026, 9, 1)),
        contact_id=contact_id,
        asked_on=dt.date(2026, 9, 1),
        channel=Channel.EMAIL,
        approach=Approach.WARM,
    )
    return base.__class__(**{**base.__dict__, **changes})


def _save_debrief(ws, interview, debrief, introducer=None):
    ids = ws.record_debrief(
        interview,
        interviews.meeting(interview, "en"),
        interviews.new_contacts(interview.key, debrief, interview.met_on, "Ada"),
        lambda ids: interviews.debrief_followups(
            interview, debrief, ids, "Ada", introducer, "I look for advice on audits.", "Cé", "en"
        ),
        interviews.already_known(
            interview.key, debrief, ws.contacts(), interview.contact_id, ws.referrals()
        ),
    )
    return ids


def test_schema_version_three_holds_interviews_and_referrals(workspace):
    assert SCHEMA_VERSION == 5 and workspace.schema_version == 5
    assert list(workspace.interviews().dtypes.astype(str)) == list(
        TABLE_DTYPES["interviews"].values()
    )
    assert workspace.referrals().empty


def test_debrief_creates_contacts_ties_and_follow_ups_exactly_once(workspace):
    karim, ada = workspace.add_contacts([Contact("Karim"), Contact("Ada")])
    workspace.add_referrals([Referral(ada, karim, "manual:ada")])
    debrief = interviews.debrief_from_fields(
        {
            "learned": "Labels are shared.",
            "names": "Inès Marchand — Coop lait\nPaul Renard\ninès  MARCHAND",
            "give_back": "Send the speaker's contact",
            "thanks": True,
        }
    )
    interview = _interview(ada, met_on=MET, debrief=debrief.to_dict())
    before = workspace.export()
    first = _save_debrief(workspace, interview, debrief, (karim, "Karim"))
    after_once = workspace.export()
    second = _save_debrief(workspace, interview, debrief, (karim, "Karim"))
    assert first == second and len(first) == 2  # the repeated name is one person
    assert after_once == workspace.export()  # saving again changed nothing
    contacts = workspace.contacts()
    assert len(contacts) == len(before["contacts"]) + 2
    new = contacts[contacts["display_name"].isin(["Inès Marchand", "Paul Renard"])]
    assert set(new["how_met"]) == {"Ada"} and set(new["company"]) == {"Coop lait", ""}
    referrals = workspace.referrals()
    assert set(referrals.loc[referrals["introduced_by"] == ada, "contact_id"]) == set(
        first.values()
    )
    ties = {
        (a, b)
        for a, b in zip(workspace.ties()["contact_a"], workspace.ties()["contact_b"], strict=True)
    }
    assert ties == {(ada, cid) for cid in first.values()}
    followups = workspace.followups()
    assert len(followups) == 5  # thanks, give-back, report to Karim, two first messages
    by_origin = dict(zip(followups["origin"], followups["due_on"].dt.date, strict=True))
    assert by_origin[f"interview:{interview.key}:thanks"] == MET + dt.timedelta(days=1)
    assert by_origin[f"interview:{interview.key}:report"] == MET + dt.timedelta(days=14)
    report = followups[followups["origin"].str.endswith(":report")]
    assert report["contact_id"].tolist() == [karim]
    first_messages = followups[followups["origin"].str.contains(":name:")]
    assert all("Ada" in reason for reason in first_messages["reason"])
    assert first_messages["reason"].str.contains("Ada told me about you").all()  # step-2 draft
    interactions = workspace.interactions()
    assert len(interactions) == 1 and interactions["direction"].tolist() == [Direction.RECEIVED]


def test_a_name_already_in_the_network_gets_no_second_card(workspace):
    ada, ines = workspace.add_contacts([Contact("Ada"), Contact("Inès Marchand", circle=4)])
    [paul] = workspace.add_contacts([Contact("Paul")])
    debrief = interviews.debrief_from_fields({"names": "Dr MARCHAND Ines\nLéa Roux\nAda"})
    first_key = _interview(ada, met_on=MET)
    ids = _save_debrief(workspace, first_key, debrief)
    names = workspace.contacts()["display_name"].tolist()
    assert names.count("Inès Marchand") == 1 and "Dr MARCHAND Ines" not in names
    assert ids[interviews.name_origin(first_key.key, "Dr MARCHAND Ines")] == ines
    assert names.count("Ada") == 2  # "Ada" given by Ada herself is someone else: a new card
    referred = set(workspace.referrals()["contact_id"])
    assert ines not in referred  # known before: not "introduced by" Ada
    ties = set(zip(workspace.ties()["contact_a"], workspace.ties()["contact_b"], strict=True))
    assert (ada, ines) in ties  # but now we know they know each other
    messages = workspace.followups()
    assert ines in set(messages.loc[messages["origin"].str.contains(":name:"), "contact_id"])
    after_once = workspace.export()
    assert _save_debrief(workspace, first_key, debrief) == ids  # saving again changes nothing
    assert workspace.export() == after_once

    # Léa, added by Ada's debrief, is given again by Paul: still one Léa, introduced by Ada.
    again = interviews.debrief_from_fields({"names": "lea roux"})
    _save_debrief(workspace, _interview(paul, met_on=MET), again)
    contacts = workspace.contacts()
    assert contacts["display_name"].str.casefold().tolist().count("léa roux") == 1
    lea = int(contacts.loc[contacts["display_name"] == "Léa Roux", "id"].iloc[0])
    referrals = workspace.referrals().set_index("contact_id")
    assert referrals.loc[lea, "introduced_by"] == ada


def test_debrief_follow_ups_show_in_the_plan(workspace):
    from toolkit.plan import followups as planner

    [ada] = workspace.add_contacts([Contact("Ada", circle=3)])
    debrief = interviews.debrief_from_fields({"names": "Paul Renard", "thanks": True})
    _save_debrief(workspace, _interview(ada, met_on=MET), debrief)
    plan = planner.build_plan(
        workspace.contacts(), workspace.interactions(), workspace.followups(), workspace.today()
    )
    keys = {item.key for item in (*plan.items, *plan.later)}
    assert {f"interview:{ada}:2026-09-01:thanks"} <= keys
    assert any(":name:paul renard" in key for key in keys)


# -- pipeline ------------------------------------------------------------------------------------


def _frame(table, rows):
    frame = pd.DataFrame(rows, columns=list(TABLE_DTYPES[table]))
    for column, dtype in TABLE_DTYPES[table].items():
        frame[column] = (
            pd.to_datetime(frame[column]).astype(dtype)
            if dtype.startswith("datetime")
            else frame[column].astype(dtype)
        )
    return frame


def _row(i, contact, channel, approach, answered=None, met=None, opportunity=0):
    return [i, f"{contact}:2026-09-0{i}", contact, None, f"2026-09-0{i}", channel, approach,
            answered, met, "{}", "{}", opportunity, None]  # fmt: skip


HAND_CHECKED = [
    _row(1, 1, "email", "cold"),
    _row(2, 2, "email", "cold"),
    _row(3, 3, "email", "cold", answered="2026-09-05"),
    _row(4, 4, "phone", "warm", answered="2026-09-05", met="2026-09-08", opportunity=1),
    _row(5, 5, "phone", "warm", met="2026-09-09"),
    _row(6, 6, "message", "warm"),
]


def test_funnel_counts_on_hand_checked_data():
    asked = _frame("interviews", HAND_CHECKED)
    # names: 7 and 8 from contact 4, 9 from contact 5; 10 introduced by 7 (second generation)
    referrals = _frame("referrals", [[7, 4, "a"], [8, 4, "b"], [9, 5, "c"], [10, 7, "d"]])
    exchanges = _frame(
        "interactions",
        [[1, 7, "2026-09-12", "email", "exchange", None, ""],
         [2, 7, "2026-09-13", "phone", "exchange", None, ""],
         [3, 10, "2026-09-14", "email", "exchange", None, ""],
         [4, 1, "2026-09-14", "email", "exchange", None, ""]],
    )  # fmt: skip
    result = interviews.funnel(asked, referrals, exchanges)
    assert result.stages == {
        "asked": 6, "answered": 3, "met": 2, "names": 4, "contacted": 2, "opportunities": 1
    }  # fmt: skip
    assert result.answer_rate == pytest.approx(0.5)
    rates = dict(zip(result.by_channel["channel"], result.by_channel["rate"], strict=True))
    assert rates == {"email": pytest.approx(1 / 3), "message": 0.0, "phone": 1.0}
    warm = result.by_approach.set_index("approach")
    assert (warm.loc["warm", "asked"], warm.loc["warm", "answered"]) == (3, 2)
    assert (warm.loc["cold", "asked"], warm.loc["cold", "answered"]) == (3, 1)
    names = _frame(
        "contacts",
        [[i, f"P{i}", "", "", "", "", "", "", None, None, None, None, "", "manual", "", None]
         for i in range(1, 11)],
    )  # fmt: skip
    tree = interviews.referral_tree(referrals, names, asked)
    parents = {n.contact_id: n.parent for n in tree}
    assert parents == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 4, 8: 4, 9: 5, 10: 7}
    order = [n.contact_id for n in tree]
    assert order.index(7) < order.index(10)  # parents before children
    figure = interview_charts.answer_rates(result)
    assert figure.layout.shapes[0].y0 == interviews.COLD_EMAIL_ANSWER_RATE
    assert list(interview_charts.pipeline(result).data[0].x) == [6, 3, 2, 4, 2, 1]


def test_referral_tree_escapes_names_and_survives_a_cycle():
    referrals = _frame("referrals", [[1, 2, "a"], [2, 1, "b"]])
    contacts = _frame(
        "contacts",
        [[1, "<img src=x onerror=alert(1)>", *[""] * 6, None, None, None, None, "", "manual",
          "", None],
         [2, "Bo", *[""] * 6, None, None, None, None, "", "manual", "", None]],
    )  # fmt: skip
    tree = interviews.referral_tree(referrals, contacts, _frame("interviews", []))
    assert {n.contact_id for n in tree} == {1, 2}
    labels = interview_charts.referral_tree(tree).data[0].labels
    assert "<img src=x onerror=alert(1)>" not in labels and any("&lt;img" in x for x in labels)


@pytest.mark.parametrize("name", ["pipeline", "answer_rates", "referral_tree"])
def test_empty_states_say_no_interview_yet(workspace, name):
    figure = charts.chart(name, workspace.network())
    assert figure.layout.annotations[0].text == "Pas encore d'entretien"


def test_approach_is_warm_when_introduced_or_known():
    assert interviews.approach_for({"knows_me": KnowsMe.NO}, referred=True) == Approach.WARM
    assert interviews.approach_for({"knows_me": KnowsMe.A_LITTLE}, False) == Approach.WARM
    assert interviews.approach_for({"knows_me": None}, False) == Approach.COLD


def test_interview_saved_again_is_updated_not_duplicated(workspace):
    [ada] = workspace.add_contacts([Contact("Ada")])
    workspace.add_ask(Ask("x", dt.date(2026, 9, 1)))
    first = workspace.save_interview(_interview(ada))
    again = workspace.save_interview(_interview(ada, answered_on=MET, preparation={"a": 1}))
    stored = workspace.interviews()
    assert first == again and len(stored) == 1
    assert json.loads(stored["preparation"].iloc[0]) == {"a": 1}
    assert workspace.export()["interviews"][0]["preparation"] == {"a": 1}
    removed = workspace.remove_contact(ada)
    assert workspace.interviews().empty
    workspace.restore(removed)
    assert len(workspace.interviews()) == 1


def test_a_meeting_is_logged_as_advice_received():
    interaction = interviews.meeting(_interview(3, met_on=MET, channel=Channel.VIDEO))
    assert interaction == Interaction(3, MET, Channel.VIDEO, Direction.RECEIVED,
                                      interaction.kind, interaction.notes)  # fmt: skip
    assert interviews.meeting(_interview(3)) is None


def test_answer_rates_name_warm_and_cold_and_the_tree_colours_each_generation():
    asked = _frame("interviews", HAND_CHECKED)
    referrals = _frame("referrals", [[7, 4, "a"], [10, 7, "d"]])
    empty = _frame("interactions", [])
    bars = interview_charts.answer_rates(interviews.funnel(asked, referrals, empty)).data
    assert list(bars[1].x) == ["À froid", "Recommandé"]
    contacts = _frame(
        "contacts",
        [[i, f"P{i}", *[""] * 6, None, None, None, None, "", "manual", "", None]
         for i in range(1, 11)],
    )  # fmt: skip
    tree = interview_charts.referral_tree(
        interviews.referral_tree(referrals, contacts, asked)
    ).data[0]
    colour = dict(zip(tree.ids, tree.marker.colors, strict=True))
    assert colour["4"] == colour["1"] != colour["7"] != colour["10"]


def test_stage_names_follow_the_participants_language():
    import toolkit

    result = interviews.funnel(
        _frame("interviews", []), _frame("referrals", []), _frame("interactions", [])
    )
    try:
        toolkit.set_language("en")
        assert [name for name, _ in interviews.stage_rows(result)] == [
            t(f"interviews.stages.{s}", "en") for s in interviews.STAGES
        ]
    finally:
        toolkit.set_language("fr")
