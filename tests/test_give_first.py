"""Give first (P4): a gesture for each of the ten closest, chosen from the map, planned (#19)."""

import datetime as dt

import pandas as pd
import pytest

from toolkit.i18n import set_language, t
from toolkit.plan import give_first
from toolkit.plan.followups import workspace_plan
from toolkit.ui import GiveFirst

from .test_health import contact, exchange, frame

TODAY = dt.date(2026, 9, 15)  # a Tuesday


def person(id, circle, sector="", knows_me="yes", network_type=None, company=""):
    return {
        **contact(id, circle, knows_me=knows_me, sector=sector),
        "network_type": network_type,
        "company": company,
    }


def event(id, contact_id, days_ago):
    return {**exchange(id, contact_id, days_ago), "kind": "event"}


def suggest(contacts, interactions=(), ties=()):
    return give_first.suggest(
        frame("contacts", contacts), frame("interactions", interactions), frame("ties", ties), TODAY
    )


def test_the_ten_closest_are_the_inner_circles_first_then_who_knows_me():
    contacts = [person(i, 3, knows_me="no") for i in range(1, 9)]
    contacts += [person(20, 4), person(21, 1), person(22, 3, knows_me="yes"), person(23, None)]
    contacts += [person(24, 5), person(25, 2)]
    interactions = [exchange(100 + i, i, 5) for i in range(1, 9)]
    top = give_first.closest(frame("contacts", contacts), frame("interactions", interactions))
    ids = top["id"].tolist()
    assert len(ids) == 10 and ids[:3] == [21, 25, 22]
    assert 20 not in ids and 23 not in ids and 24 not in ids  # circle 4 is eleventh; 5 and none out


def test_each_gesture_follows_what_the_map_knows():
    contacts = [
        person(1, 1, sector="Santé"),  # spoken to long ago: a call without an ask
        person(2, 2, sector="santé"),  # same sector as 3, close, not tied: an introduction
        person(3, 2, sector="Santé "),
        person(4, 2, sector="Banque"),  # last seen at an event: an invitation
        person(5, 3, network_type="strategic"),  # strategic network: an invitation too
        person(6, 3, company="Codéo"),  # nothing special: a piece of news
        person(7, 2),  # never spoken to: a call
    ]
    interactions = [
        exchange(1, 1, 200),
        exchange(2, 2, 3),
        exchange(3, 3, 4),
        exchange(4, 4, 30),
        event(5, 4, 2),
        exchange(6, 5, 4),
        exchange(7, 6, 4),
    ]
    by_contact = {g.contact_id: g for g in suggest(contacts, interactions)}
    assert {cid: g.gesture for cid, g in by_contact.items()} == {
        1: "call_no_ask",
        2: "introduction",
        3: "share_news",  # already in the introduction to 2: one introduction each
        4: "invite_event",
        5: "invite_event",
        6: "share_news",
        7: "call_no_ask",
    }
    assert dict(by_contact[1].facts) == {"days": 200}
    assert "200" in by_contact[1].why() and by_contact[7].why() == t(
        "give_first.gestures.call_no_ask.why_never"
    )
    assert by_contact[2].action() == t(
        "give_first.gestures.introduction.action", name="C2", other="C1"
    )
    assert "Codéo" in by_contact[6].why()
    assert by_contact[4].why() != by_contact[5].why()  # met at an event / strategic network


def test_people_the_map_says_know_each_other_are_not_introduced():
    contacts = [person(1, 1, sector="Luxe"), person(2, 2, sector="Luxe")]
    interactions = [exchange(1, 1, 3), exchange(2, 2, 3)]
    ties = [{"contact_a": 1, "contact_b": 2}]
    assert {g.gesture for g in suggest(contacts, interactions, ties)} == {"share_news"}
    far = [person(1, 1, sector="Luxe"), person(2, 4, sector="Luxe")]  # circle 4: too far
    assert suggest(far, interactions)[0].gesture == "share_news"


def test_gestures_are_dated_two_a_working_day_from_tomorrow():
    contacts = [person(i, 2) for i in range(1, 11)]
    interactions = [exchange(i, i, 3) for i in range(1, 11)]
    days = [g.due_on for g in suggest(contacts, interactions)]
    assert days[:2] == [dt.date(2026, 9, 16)] * 2
    assert days[-2:] == [dt.date(2026, 9, 22)] * 2  # Friday 18, then Monday 21, Tuesday 22
    assert all(d.weekday() < 5 for d in days)


def test_no_contact_in_circles_gives_no_gesture():
    assert suggest([person(1, None), person(2, 5)]) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_click_puts_the_gesture_in_the_plan_on_its_day(cecile, lang):
    set_language(lang)
    screen = GiveFirst(cecile)
    gestures = screen.gestures()
    assert len(gestures) == 10 and len({g.gesture for g in gestures}) >= 2
    first = gestures[0]
    button = screen._rows.children[0].children[1]
    button.click()
    stored = cecile.workspace.followups()
    row = stored[stored["origin"].str.startswith(give_first.ORIGIN)].iloc[0]
    assert int(row["contact_id"]) == first.contact_id
    assert row["due_on"] == pd.Timestamp(first.due_on) and row["rule"] == "custom"
    assert first.action(lang) in row["reason"]
    plan = workspace_plan(cecile.workspace, weeks=2)
    assert any(i.rule == "custom" and i.contact_id == first.contact_id for i in plan.items)
    redrawn = screen._rows.children[0].children[1]
    assert redrawn.disabled  # planned: says when, cannot be planned twice by mistake
    assert give_first.planned_for(cecile.workspace.followups()) == {first.contact_id: first.due_on}


def test_a_new_participant_is_told_to_place_contacts_first(session):
    screen = GiveFirst(session)
    assert screen.gestures() == []
    assert "1" in screen._rows.children[0].value and "4" in screen._rows.children[0].value
