"""The live reciprocity ring without a browser: asks in turn, offers, the day-14 share, the
files in the room's folder and the two pages in both languages."""

import json
import os
import re
from html import escape

import pytest

from toolkit.app import ring_pages
from toolkit.cohort import ring
from toolkit.core import ring_folder
from toolkit.core.errors import ValidationError
from toolkit.i18n import percent, plural, t


def summary(participant: str, ask: str | None, alias: str | None = None, day="2026-06-15"):
    """A shared summary as the review's take-away screen writes it (figures left empty)."""
    data = {
        "format": "atelier-summary",
        "version": 1,
        "participant": participant,
        "taken_on": day,
        "contacts": 12,
        "per_circle": {},
        "figures": {},
        "sectors": {},
        "ask": None,
    }
    if ask is not None:
        data["ring"] = {"ask": ask, "sector": "santé"}
    if alias:
        data["alias"] = alias
    return data


ASK_A = "Je cherche à parler à une infirmière coordinatrice en soins palliatifs à Nantes."
ASK_B = "I would like advice from someone who moved from teaching into UX research."


@pytest.fixture
def asks():
    files = [
        ("aaaa", 2.0, summary("p-a", ASK_A, alias="Lune")),
        ("bbbb", 1.0, summary("p-b", ASK_B)),  # shared first
        ("cccc", 3.0, summary("p-c", None)),  # did not share an ask
        ("dddd", 4.0, {"format": "atelier-summary", "participant": 3}),  # unreadable
    ]
    return ring.shared_asks(files)


def test_shared_asks_come_in_the_order_they_were_shared_by_alias_or_ring_code(asks):
    assert [a.owner for a in asks] == ["bbbb", "aaaa"]
    assert asks[1].shown_as == "Lune" and asks[1].ask == ASK_A
    assert re.fullmatch(r"[A-Z2-9]{4}", asks[0].shown_as)  # the ring code, never a name
    assert asks[1].sector == "sante"


def test_sharing_again_replaces_the_ask_and_keeps_the_place():
    files = [
        ("aaaa", 1.0, summary("p-a", "old ask")),
        ("bbbb", 2.0, summary("p-b", ASK_B)),
        ("aaaa", 5.0, summary("p-a", "new ask", day="2026-06-16")),
    ]
    found = ring.shared_asks(files)
    assert [(a.owner, a.ask) for a in found] == [("aaaa", "new ask"), ("bbbb", ASK_B)]


def test_the_trainer_moves_through_the_asks_and_stops_at_both_ends(asks):
    state = {}
    assert ring.current_ask(state, asks).owner == "bbbb"
    state = ring.moved(state, asks, 1)
    assert ring.current_ask(state, asks).owner == "aaaa"
    assert ring.moved(state, asks, 1) == state  # the last one stays
    assert ring.current_ask(ring.moved(ring.moved(state, asks, -1), asks, -1), asks).owner == "bbbb"
    assert ring.current_ask({}, []) is None and ring.moved({}, [], 1)["owner"] is None


def test_an_ask_shared_meanwhile_does_not_change_the_ask_on_screen(asks):
    state = ring.moved({}, asks, 1)  # "aaaa" on screen, second of two
    later = [ring.RingAsk("0000", "Zed", "first in name order", "autre"), *asks]
    assert ring.current_ask(state, later).owner == "aaaa"


def test_an_offer_is_checked_plain_text_and_capped(asks):
    offer = ring.new_offer(asks, "aaaa", "bbbb", "know_someone", "  ma cousine\x07 à\nNantes ", 9)
    assert offer["text"] == "ma cousine à Nantes" and offer["ask"] == "aaaa"
    assert re.fullmatch(r"[0-9a-f]{16}", offer["id"]) and offer["at"] == 9.0
    html_text = "<script>alert(1)</script>"
    assert ring.new_offer(asks, "aaaa", "bbbb", "other", html_text, 1)["text"] == html_text
    cases = {
        "ring.errors.own_ask": ("aaaa", "aaaa", "can_do", "je peux"),
        "ring.errors.empty": ("aaaa", "bbbb", "can_do", " \n "),
        "ring.errors.kind": ("aaaa", "bbbb", "job", "x"),
        "ring.errors.no_such_ask": ("zzzz", "bbbb", "can_do", "x"),
        "ring.errors.too_long": ("aaaa", "bbbb", "can_do", "x" * (ring.OFFER_LENGTH + 1)),
    }
    for key, args in cases.items():
        with pytest.raises(ValidationError) as refused:
            ring.new_offer(asks, *args, at=1)
        assert refused.value.key == key
        assert refused.value.message("en") and refused.value.message("fr")
    assert len(ring.new_offer(asks, "aaaa", "bbbb", "can_do", "y" * ring.OFFER_LENGTH, 1)["text"])


def test_only_the_one_who_received_an_offer_says_whether_it_led_somewhere(asks):
    offer = ring.new_offer(asks, "aaaa", "bbbb", "can_do", "relire votre CV", 1)
    assert ring.outcome([offer], offer["id"], "aaaa", True) == {"offer": offer["id"], "led": True}
    with pytest.raises(ValidationError) as refused:
        ring.outcome([offer], offer["id"], "bbbb", True)
    assert refused.value.key == "ring.errors.not_yours"
    with pytest.raises(ValidationError):
        ring.outcome([offer], "0" * 16, "aaaa", True)


def test_the_day_14_share_counts_asks_with_a_lead_among_those_whose_outcome_is_known():
    asks = [ring.RingAsk(o, o, "ask", "autre") for o in ("a", "b", "c", "d", "e")]
    offers = [
        {"id": "1", "ask": "a", "at": 1},
        {"id": "2", "ask": "a", "at": 2},
        {"id": "3", "ask": "b", "at": 1},
        {"id": "4", "ask": "c", "at": 1},
        {"id": "5", "ask": "c", "at": 2},
    ]  # "d" got no offer; "e" neither
    outcomes = {"2": True, "3": False, "4": False}  # "a" led (one yes is enough), "b" did not
    result = ring.day14(asks, offers, outcomes)
    # known: a (led), b (its only offer: no), d and e (no offer: nothing came); c is pending
    assert (result["checked"], result["led"], result["pending"]) == (4, 1, 1)
    assert result["share"] == pytest.approx(0.25) and result["baker"] == 0.8
    assert ring.day14(asks[:1], offers[:2], {})["share"] is None  # nobody answered yet


def test_checked_offer_keeps_only_what_the_pages_need():
    good = {"id": "ab" * 8, "ask": "a", "from": "b", "kind": "can_do", "text": "x", "at": 3}
    assert ring.checked_offer({**good, "extra": "<b>"}) == good
    assert ring.checked_offer({**good, "kind": "job"}) is None
    assert ring.checked_offer({**good, "text": ""}) is None
    assert ring.checked_offer(["not", "a", "dict"]) is None


def _share(room, owner, data, at):
    cohort = room / "cohort"
    cohort.mkdir(parents=True, exist_ok=True)
    path = cohort / f"{owner}-resume-2026-06-15.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, (at, at))


def test_the_room_folder_keeps_the_state_offers_and_answers(tmp_path):
    room = tmp_path / "room"
    _share(room, "aaaaaaaaaaaa", summary("p-a", ASK_A, alias="Lune"), 100)
    _share(room, "bbbbbbbbbbbb", summary("p-b", ASK_B), 200)
    (room / "cohort" / "notes.txt").write_text("not a summary")
    files = ring_folder.cohort_files(room)
    assert [owner for owner, _, _ in files] == ["aaaaaaaaaaaa", "bbbbbbbbbbbb"]
    asks = ring.shared_asks(files)
    assert [a.owner for a in asks] == ["aaaaaaaaaaaa", "bbbbbbbbbbbb"]
    assert ring_folder.state(room) == {}
    ring_folder.save_state(room, ring.moved({}, asks, 1))
    assert ring.current_ask(ring_folder.state(room), asks).owner == "bbbbbbbbbbbb"
    offer = ring.new_offer(asks, "aaaaaaaaaaaa", "bbbbbbbbbbbb", "can_do", "un café", 1)
    ring_folder.add_offer(room, offer)
    assert ring_folder.offers(room) == [offer]
    ring_folder.save_outcome(room, offer["id"], True)
    ring_folder.save_outcome(room, offer["id"], False)  # answering again replaces
    assert ring_folder.outcomes(room) == {offer["id"]: False}
    with pytest.raises(ValueError):
        ring_folder.save_outcome(room, "../../room", True)  # never a path of its own
    with pytest.raises(ValueError):
        ring_folder.add_offer(room, {**offer, "id": "../x"})
    mode = (room / "ring" / "offers" / f"{offer['id']}.json").stat().st_mode
    assert mode & 0o077 == 0  # participants' words: the owner's only


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_both_pages_render_in_both_languages_with_untrusted_text_escaped(tmp_path, lang):
    room = tmp_path / "room"
    _share(room, "aaaaaaaaaaaa", summary("p-a", "<img src=x onerror=alert(1)>", "<b>Lune</b>"), 1)
    _share(room, "bbbbbbbbbbbb", summary("p-b", ASK_B), 2)
    asks = ring.shared_asks(ring_folder.cohort_files(room))
    offer = ring.new_offer(asks, "aaaaaaaaaaaa", "bbbbbbbbbbbb", "know_someone", "<i>Ana</i>", 1)
    ring_folder.add_offer(room, offer)
    trainer = ring_pages.trainer_page(room, lang, "http://192.0.2.1:8866/", "")
    for page in (trainer, ring_pages.participant_page(room, "aaaaaaaaaaaa", lang, "")):
        assert "<img" not in page and "<i>Ana" not in page and "<b>Lune" not in page
        assert "&lt;img src=x" in page and "&lt;i&gt;Ana&lt;/i&gt;" in page
        assert "<script" not in page
        assert escape(t("ring.title", lang)) in page
        assert escape(t("ring.kinds.know_someone", lang)) in page
    assert escape(t("ring.position", lang, number=1, total=2)) in trainer
    assert escape(t("ring.day14.source", lang)) in trainer
    # "b" got no offer (nothing came: known), "a"'s offer is not answered yet (pending)
    before = plural("ring.day14.result", 0, lang, checked=1, share=percent(0, lang=lang))
    assert escape(before) in trainer
    assert escape(plural("ring.day14.pending", 1, lang)) in trainer
    assert "http://192.0.2.1:8866/ring" in trainer
    mine = ring_pages.participant_page(room, "aaaaaaaaaaaa", lang, "")
    assert escape(t("ring.participant.yours", lang)) in mine and 'name="offer"' in mine
    other = ring_pages.participant_page(room, "bbbbbbbbbbbb", lang, "")
    assert '<textarea name="text"' in other and f'maxlength="{ring.OFFER_LENGTH}"' in other
    assert escape(t("ring.participant.no_offer", lang)) in other  # nobody offered to them yet
    ring_folder.save_outcome(room, offer["id"], True)
    answered = ring_pages.trainer_page(room, lang, "", "")
    said = t("ring.day14.result.one", lang, count=1, checked=2, share=percent(0.5, lang=lang))
    assert escape(said) in answered  # 1 of 2: "b" got no offer, so nothing came from the ring
    assert escape(t("ring.day14.baker", lang, share=percent(0.8, lang=lang))) in answered


def test_catalogues_have_the_same_ring_keys_and_french_spacing():
    from toolkit.i18n import catalogue

    fr = {k: v for k, v in catalogue("fr").items() if k.startswith("ring.")}
    en = {k: v for k, v in catalogue("en").items() if k.startswith("ring.")}
    assert set(fr) == set(en) and len(fr) > 30
    for text in fr.values():
        assert not re.search(r" [:;?!»]|« ", text), text  # narrow no-break spaces there


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_before_any_answer_the_day_14_section_says_so_and_draws_no_bar(lang):
    asks = [ring.RingAsk("a", "Lune", "ask", "autre")]
    offers = [{"id": "1", "ask": "a", "at": 1}]
    section = ring_pages.day14_html(ring.day14(asks, offers, {}), lang)
    assert escape(t("ring.day14.nothing_yet", lang)) in section and "day14-chart" not in section
    assert escape(plural("ring.day14.pending", 1, lang)) in section
    assert escape(t("ring.day14.source", lang)) in section  # where the 80 % comes from
