"""The reciprocity ring run live in a real room, in Debian's chromium, on this machine's own
network address: two asks shared, the trainer shows the first, the second participant offers,
the offer reaches the trainer's screen and the first participant, who marks it as a lead, and
the day-14 share appears; the trainer's screen in English too; a participant can neither move
the ring nor answer for someone else."""

import json
import os
import time
from html import escape

import pytest
from playwright.sync_api import expect

from tests.app.conftest import outside_requests
from tests.app.test_room import RoomServer, _page
from tests.conftest import ARTIFACTS, real_page_errors
from toolkit.cohort import ring
from toolkit.core import room_folder, workspaces
from toolkit.i18n import percent, plural, t

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ASK_1 = "Je cherche à échanger avec une responsable RSE dans l'agroalimentaire, autour de Rennes."
ASK_2 = "J'aimerais un conseil d'une personne passée de l'enseignement à la recherche UX."
OFFER = "ma voisine dirige la RSE d'une coopérative laitière à Vitré"


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    ARTIFACTS.mkdir(exist_ok=True)
    server = RoomServer(tmp_path_factory.mktemp("ring-ws"), ARTIFACTS / "ring.log")
    yield server
    server.stop()


def _share_ask(monkeypatch, room, context, ask: str, alias: str) -> None:
    """What the take-away screen's "send to the trainer" does with an ask shared for the ring:
    the anonymous summary into the room's cohort folder, named by the participant's folder."""
    (key,) = [c["value"] for c in context.cookies() if c["name"] == workspaces.APP_COOKIE]
    summary = {
        "format": "atelier-summary", "version": 1, "participant": f"id-{alias}",
        "taken_on": "2026-06-15", "contacts": 40, "per_circle": {}, "figures": {},
        "sectors": {}, "ask": {"verdict": "precise", "score": 90},
        "ring": {"ask": ask, "sector": "industrie"}, "alias": alias,
    }  # fmt: skip
    with monkeypatch.context() as env:
        env.setenv(workspaces.APP_ENV, "1")
        env.setenv("HTTP_COOKIE", f"{workspaces.APP_COOKIE}={key}")
        env.setenv("ATELIER_WORKSPACE_DIR", str(room.workspace_dir))
        env.setenv(room_folder.ROOM_ENV, str(room.workspace_dir / "room"))
        room_folder.share(json.dumps(summary).encode("utf-8"), "resume-2026-06-15.json")


def test_the_ring_runs_live_and_the_day_14_share_is_shown(browser, room, monkeypatch):
    contexts = [browser.new_context(locale="fr-FR") for _ in range(3)]
    first, second, trainer = (_page(c) for c in contexts)
    try:
        for page in (first, second):
            page.goto(room.join, wait_until="domcontentloaded")  # the room code: a key
        _share_ask(monkeypatch, room, contexts[0], ASK_1, "Lune")
        time.sleep(0.05)  # shared in this order: the ring shows them in turn
        _share_ask(monkeypatch, room, contexts[1], ASK_2, "Soleil")

        trainer.goto(room.info["trainer_url"] + "?code=" + room.info["trainer_code"])
        trainer.get_by_role("link", name=t("ring.link", "fr")).click()
        expect(trainer.locator(".ring-ask")).to_have_text(ASK_1)
        expect(trainer.locator(".ring-who")).to_have_text("Lune")  # an alias, never a name
        expect(trainer.get_by_text(t("ring.position", "fr", number=1, total=2))).to_be_visible()

        second.get_by_role("link", name=t("ring.link", "fr")).click()  # from the home page
        expect(second.locator(".ring-ask")).to_have_text(ASK_1)
        second.get_by_label(t("ring.kinds.know_someone", "fr")).check()
        field = second.get_by_label(t("ring.participant.text", "fr", maximum=ring.OFFER_LENGTH))
        field.fill(OFFER)
        second.get_by_role("button", name=t("ring.participant.send", "fr")).click()
        expect(second.get_by_text(t("ring.participant.sent", "fr"))).to_be_visible()

        # The projected screen reloads itself: the offer shows without anyone touching it.
        offers = trainer.locator("ul.offers")
        expect(offers).to_contain_text(OFFER, timeout=3 * 5_000)
        expect(offers).to_contain_text(t("ring.kinds.know_someone", "fr"))
        expect(offers).to_contain_text("Soleil")
        trainer.screenshot(path=ARTIFACTS / "ring-trainer.png", full_page=True)

        first.goto(room.url + "ring?lang=fr")
        expect(first.get_by_text(t("ring.participant.yours", "fr"))).to_be_visible()
        received = first.locator("ul.received")
        expect(received).to_contain_text(OFFER)
        received.get_by_role("button", name=t("ring.participant.led_yes", "fr")).click()
        expect(first.get_by_text(t("ring.participant.saved", "fr"))).to_be_visible()
        expect(first.get_by_text(t("ring.participant.answered_yes", "fr"))).to_be_visible()
        first.screenshot(path=ARTIFACTS / "ring-participant.png", full_page=True)

        # Day 14: Lune's ask led somewhere, Soleil's got no offer: 1 of 2, beside Baker's 80 %.
        share = plural("ring.day14.result", 1, "fr", checked=2, share=percent(0.5, lang="fr"))
        expect(trainer.locator(".day14-result")).to_have_text(share, timeout=3 * 5_000)
        baker = t("ring.day14.baker", "fr", share=percent(0.8, lang="fr"))
        expect(trainer.get_by_text(baker)).to_be_visible()

        trainer.get_by_role("button", name=t("ring.next", "fr")).click()
        expect(trainer.locator(".ring-ask")).to_have_text(ASK_2)
        trainer.goto(room.url + "trainer/ring?lang=en")
        expect(trainer.get_by_role("heading", name=t("ring.title", "en"))).to_be_visible()
        expect(trainer.get_by_text(t("ring.position", "en", number=2, total=2))).to_be_visible()
        english = plural("ring.day14.result", 1, "en", checked=2, share=percent(0.5, lang="en"))
        expect(trainer.locator(".day14-result")).to_have_text(english)
        trainer.screenshot(path=ARTIFACTS / "ring-trainer-en.png", full_page=True)

        for page in (first, second, trainer):
            assert page.locator("script").count() == 0
            assert real_page_errors(page) == [] and outside_requests(page, room.url) == []
        offer_files = list((room.workspace_dir / "room" / "ring" / "offers").glob("*.json"))
        assert len(offer_files) == 1 and OFFER in offer_files[0].read_text(encoding="utf-8")

        # A participant may neither move the ring nor answer for an offer somebody else got.
        assert second.request.get(room.url + "trainer/ring").status == 403
        assert second.request.post(room.url + "trainer/ring", form={"step": "1"}).status == 403
        second.goto(room.url + "ring?lang=fr")
        (token,) = [c["value"] for c in contexts[1].cookies() if c["name"] == "_xsrf"]
        answer = second.request.post(
            room.url + "ring/outcome?lang=fr",
            form={"_xsrf": token, "offer": offer_files[0].stem, "led": "no"},
        )
        assert answer.status == 400 and escape(t("ring.errors.not_yours", "fr")) in answer.text()
        assert room_folder.ROOM_ENV not in os.environ  # this test's own process untouched
    finally:
        for context in contexts:
            context.close()
