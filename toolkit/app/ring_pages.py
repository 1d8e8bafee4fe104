"""The live reciprocity ring's pages: the trainer's screen and each participant's page.

Plain pages, no kernel and no script: the trainer's screen reloads itself every few seconds
(offers appear as they arrive, offline); a participant's page reloads only when asked, so an
offer being typed is never lost. Every text from a participant is escaped. Decisions are
``toolkit.cohort.ring``'s, files ``toolkit.core.ring_folder``'s.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

import tornado.web

from toolkit.app import server
from toolkit.cohort import ring
from toolkit.core import ring_folder, workspaces
from toolkit.core.errors import ValidationError
from toolkit.i18n import percent, plural, t

TRAINER_REFRESH = 5  # seconds: an offer shows on the projected screen within this

STYLE = """<style>
.ring-ask { font-size: 2em; line-height: 1.3; border-left: .3em solid #0072B2;
            padding: .3em .8em; margin: .5em 0; white-space: pre-wrap; }
.ring-who { font-size: 1.3em; font-weight: bold; color: #0072B2; }
.offers li { font-size: 1.2em; } .kind { font-weight: bold; }
.bars { width: 30em; } .bar { background: #0072B2; height: 1.4em; color: white; min-width: 3.5em;
        padding-left: .3em; white-space: nowrap; } .bar.baker { background: #999; }
textarea { font-size: 1.1em; width: 100%; }
form.inline { display: inline; }
</style>"""


def _owner(handler: tornado.web.RequestHandler) -> str | None:
    """The participant's owner part, as ``room_folder.share`` names their cohort files."""
    key = workspaces.app_key(handler.request.headers.get("Cookie", ""))
    room = handler.settings.get("atelier_room")
    if room is None or not room.is_participant_key(key):
        return None
    folder = workspaces.participant_folder(handler.settings["atelier_workspace_dir"], key)
    return folder.name[:12]


def _room_state(room: Path) -> tuple[list[ring.RingAsk], dict, list[dict], dict[str, bool]]:
    asks = ring.shared_asks(ring_folder.cohort_files(room))
    offers = [o for o in map(ring.checked_offer, ring_folder.offers(room)) if o]
    return asks, ring_folder.state(room), offers, ring_folder.outcomes(room)


def kind_label(kind: str, lang: str) -> str:
    """How an offer starts ("Je connais quelqu'un qui…")."""
    return t(f"ring.kinds.{kind}", lang)


def _offer_item(offer: dict, asks: list[ring.RingAsk], lang: str) -> str:
    names = {a.owner: a.shown_as for a in asks}
    who = names.get(offer["from"]) or t("ring.from_someone", lang)
    return (
        f'<li><span class="kind">{html.escape(kind_label(offer["kind"], lang))}</span> '
        f'{html.escape(offer["text"])} <span class="note">— {html.escape(who)}</span></li>'
    )


def day14_html(result: dict, lang: str) -> str:
    """The day-14 check as a section: the room's share beside Baker's, with the figure's source,
    and two bars (text labels: the figures are readable without the colours)."""
    e = html.escape
    parts = [f"<h2>{e(t('ring.day14.title', lang))}</h2>", f"<p>{e(t('ring.day14.how', lang))}</p>"]
    baker = e(t("ring.day14.baker", lang, share=percent(result["baker"], lang=lang)))
    if result["share"] is None:
        parts.append(f'<p class="day14-result">{e(t("ring.day14.nothing_yet", lang))}</p>')
    else:
        share = percent(result["share"], lang=lang)
        said = plural(
            "ring.day14.result", result["led"], lang, checked=result["checked"], share=share
        )
        parts.append(f'<p class="day14-result"><b>{e(said)}</b></p>')
        bars = (
            (t("ring.day14.chart_room", lang), result["share"], ""),
            (t("ring.day14.chart_baker", lang), result["baker"], " baker"),
        )
        rows = "".join(
            f"<tr><td>{e(label)}</td><td class='bars'><div class='bar{extra}' "
            f"style='width:{value * 100:.0f}%'>{e(percent(value, lang=lang))}</div>"
            "</td></tr>"
            for label, value, extra in bars
        )
        parts.append(f'<table class="day14-chart">{rows}</table>')
    if result["pending"]:
        parts.append(f"<p>{e(plural('ring.day14.pending', result['pending'], lang))}</p>")
    parts.append(f"<p>{baker}</p>")
    parts.append(f'<p class="note source">{e(t("ring.day14.source", lang))}</p>')
    return "\n".join(parts)


def trainer_page(room: Path, lang: str, url: str, xsrf: str) -> str:
    """The trainer's ring screen: the ask on screen, large, its offers, the day-14 check."""
    e = html.escape
    asks, state, offers, outcomes = _room_state(room)
    body = [f"<h1>{e(t('ring.title', lang))}</h1>", f"<p>{e(t('ring.trainer.how', lang))}</p>"]
    shown = ring.current_ask(state, asks)
    if shown is None:
        body.append(f'<p class="ring-none">{e(t("ring.trainer.none", lang))}</p>')
    else:
        number = ring.current_index(state, asks) + 1
        position = t("ring.position", lang, number=number, total=len(asks))
        buttons = "".join(
            f'<form class="inline" method="post" action="/trainer/ring?lang={lang}">{xsrf}'
            f'<input type="hidden" name="step" value="{step}">'
            f'<button type="submit">{e(t(label, lang))}</button></form> '
            for step, label in ((-1, "ring.previous"), (1, "ring.next"))
        )
        received = ring.offers_for(offers, shown.owner)
        items = "".join(_offer_item(o, asks, lang) for o in received)
        body += [
            f"<p>{e(position)} {buttons}</p>",
            f'<p class="ring-who">{e(shown.shown_as)}</p>',
            f'<div class="ring-ask">{e(shown.ask)}</div>',
            f"<h2>{e(t('ring.trainer.offers', lang))} ({len(received)})</h2>",
            f'<ul class="offers">{items}</ul>'
            if items
            else f"<p>{e(t('ring.trainer.no_offer', lang))}</p>",
        ]
    if url:
        body.append(f'<p class="note">{e(t("ring.trainer.join", lang, url=url + "ring"))}</p>')
    body.append(day14_html(ring.day14(asks, offers, outcomes), lang))
    body.append(f'<p><a href="/trainer?lang={lang}">{e(t("ring.back", lang))}</a></p>')
    return server._page(lang, t("ring.title", lang), STYLE + "\n".join(body), TRAINER_REFRESH)


def participant_page(
    room: Path, owner: str | None, lang: str, xsrf: str, message: str = "", typed: str = ""
) -> str:
    """A participant's ring page: the ask on screen and the offer form; the offers their own
    ask received, each with the day-14 question. ``message`` is shown above (escaped)."""
    e = html.escape
    asks, state, offers, outcomes = _room_state(room)
    body = [
        f"<h1>{e(t('ring.title', lang))}</h1>",
        f"<p>{e(t('ring.participant.intro', lang))}</p>",
    ]
    if message:
        body.append(f'<p class="message"><b>{e(message)}</b></p>')
    shown = ring.current_ask(state, asks)
    body.append(f"<h2>{e(t('ring.participant.current', lang))}</h2>")
    if shown is None:
        body.append(f"<p>{e(t('ring.participant.none', lang))}</p>")
    else:
        body += [
            f'<p class="ring-who">{e(shown.shown_as)}</p>',
            f'<div class="ring-ask">{e(shown.ask)}</div>',
        ]
        if shown.owner == owner:
            body.append(f"<p>{e(t('ring.participant.yours', lang))}</p>")
        elif owner is not None:
            kinds = "".join(
                f'<label><input type="radio" name="kind" value="{kind}"'
                f"{' checked' if kind == ring.OFFER_KINDS[0] else ''}> "
                f"{e(kind_label(kind, lang))}</label><br>"
                for kind in ring.OFFER_KINDS
            )
            label = e(t("ring.participant.text", lang, maximum=ring.OFFER_LENGTH))
            body.append(
                f'<form method="post" action="/ring?lang={lang}">{xsrf}'
                f'<input type="hidden" name="ask" value="{e(shown.owner)}">'
                f"<p>{e(t('ring.participant.kind', lang))}<br>{kinds}</p>"
                f'<p><label>{label}<br><textarea name="text" rows="3" '
                f'maxlength="{ring.OFFER_LENGTH}">{e(typed)}</textarea></label></p>'
                f'<button type="submit">{e(t("ring.participant.send", lang))}</button></form>'
            )
    body.append(f'<p><a href="/ring?lang={lang}">{e(t("ring.refresh", lang))}</a></p>')
    mine = [a for a in asks if a.owner == owner]
    body.append(f"<h2>{e(t('ring.participant.received', lang))}</h2>")
    if not mine:
        body.append(f"<p>{e(t('ring.participant.not_shared', lang))}</p>")
    else:
        received = ring.offers_for(offers, mine[0].owner)
        if not received:
            body.append(f"<p>{e(t('ring.participant.no_offer', lang))}</p>")
        items = []
        for offer in received:
            answer = outcomes.get(offer["id"])
            said = ""
            if answer is not None:
                word = "ring.participant.answered_" + ("yes" if answer else "no")
                said = f"<br><i class='answer'>{e(t(word, lang))}</i>"
            buttons = "".join(
                f'<form class="inline" method="post" action="/ring/outcome?lang={lang}">{xsrf}'
                f'<input type="hidden" name="offer" value="{e(offer["id"])}">'
                f'<input type="hidden" name="led" value="{value}">'
                f'<button type="submit">{e(t(label, lang))}</button></form> '
                for value, label in (("yes", "ring.participant.led_yes"),
                                     ("no", "ring.participant.led_no"))
            )  # fmt: skip
            items.append(
                _offer_item(offer, asks, lang).removesuffix("</li>")
                + f"<br>{e(t('ring.participant.day14_question', lang))} {buttons}{said}</li>"
            )
        body.append(f'<ul class="offers received">{"".join(items)}</ul>')
    body.append(f'<p><a href="/?lang={lang}">{e(t("ring.home", lang))}</a></p>')
    return server._page(lang, t("ring.title", lang), STYLE + "\n".join(body))


def _room_folder(handler: tornado.web.RequestHandler) -> Path:
    return handler.settings["atelier_room"].folder


class TrainerRingHandler(server.TrainerHandler):
    """The trainer's ring screen (behind the trainer's cookie, like every /trainer/ page)."""

    def get(self) -> None:
        url = self.settings.get("atelier_url", "")
        self.write(trainer_page(_room_folder(self), self.lang, url, self.xsrf_form_html()))

    def post(self) -> None:
        self.check_xsrf_cookie()
        room = _room_folder(self)
        asks = ring.shared_asks(ring_folder.cohort_files(room))
        step = 1 if self.get_argument("step", "1") == "1" else -1
        ring_folder.save_state(room, ring.moved(ring_folder.state(room), asks, step))
        self.redirect(f"/trainer/ring?lang={self.lang}")


class ParticipantRingHandler(tornado.web.RequestHandler):
    """A participant's ring page: GET shows it, POST posts an offer (refused offers are said,
    with the words typed given back, and nothing is stored)."""

    def initialize(self, lang: str) -> None:
        self.default_lang = lang

    @property
    def lang(self) -> str:
        return server._language(self, self.default_lang)

    def prepare(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Frame-Options", "DENY")

    def _show(self, message: str = "", typed: str = "") -> None:
        page = participant_page(
            _room_folder(self), _owner(self), self.lang, self.xsrf_form_html(), message, typed
        )
        self.write(page)

    def get(self) -> None:
        done = self.get_argument("done", "")
        known = {"sent": "ring.participant.sent", "saved": "ring.participant.saved"}
        self._show(t(known[done], self.lang) if done in known else "")

    def post(self) -> None:
        self.check_xsrf_cookie()
        owner, room = _owner(self), _room_folder(self)
        typed = self.get_argument("text", "")
        if owner is None:
            self.set_status(403)
            self._show(t("ring.errors.no_key", self.lang), typed)
            return
        asks = ring.shared_asks(ring_folder.cohort_files(room))
        try:
            offer = ring.new_offer(
                asks, self.get_argument("ask", ""), owner, self.get_argument("kind", ""), typed,
                time.time(),
            )  # fmt: skip
        except ValidationError as error:
            self.set_status(400)
            self._show(error.message(self.lang), typed)
            return
        ring_folder.add_offer(room, offer)
        self.redirect(f"/ring?lang={self.lang}&done=sent")


class OutcomeHandler(ParticipantRingHandler):
    """The day-14 answer to one offer, from the participant who received it."""

    def get(self) -> None:
        self.redirect(f"/ring?lang={self.lang}")

    def post(self) -> None:
        self.check_xsrf_cookie()
        owner, room = _owner(self), _room_folder(self)
        offers = [o for o in map(ring.checked_offer, ring_folder.offers(room)) if o]
        try:
            if owner is None:
                raise ValidationError("ring.errors.no_key")
            answer = ring.outcome(
                offers, self.get_argument("offer", ""), owner, self.get_argument("led") == "yes"
            )
        except ValidationError as error:
            self.set_status(400)
            self._show(error.message(self.lang))
            return
        ring_folder.save_outcome(room, answer["offer"], answer["led"])
        self.redirect(f"/ring?lang={self.lang}&done=saved")


def handlers(lang: str, trainer: dict) -> list[tuple]:
    """The ring's routes, for ``AtelierVoila.init_handlers``."""
    return [
        ("/trainer/ring", TrainerRingHandler, trainer),
        ("/ring", ParticipantRingHandler, {"lang": lang}),
        ("/ring/outcome", OutcomeHandler, {"lang": lang}),
    ]
