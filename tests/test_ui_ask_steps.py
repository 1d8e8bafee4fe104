"""Step 2 screens driven as a participant does: live feedback once typing pauses, the first
attempt and the before/after, who can help, message drafts and sharing an ask."""

import html

import pytest

from toolkit.ask.helpers import find_helpers
from toolkit.ask.progress import FIRST_ATTEMPT_KEY
from toolkit.ask.screens.first_attempt import before_after_html, before_after_of
from toolkit.ask.screens.helpers import helpers_chart
from toolkit.core.screens.debounce import Debouncer
from toolkit.core.session import Session
from toolkit.health import figures as health
from toolkit.health.figures import network_report
from toolkit.i18n import t
from toolkit.ui import AskBuilder, Describer, DraftWriter, FirstAttempt, HelperFinder, QuickAdd

from .test_ui_ask_builder import PERFUME

VAGUE = "Si vous entendez parler d'un poste quelque part, pensez à moi."


class Clock:
    """A scheduler under test control: nothing runs until ``advance`` passes its time."""

    def __init__(self):
        self.now, self.waiting = 0.0, []

    def __call__(self, delay, callback):
        entry = [self.now + delay, callback, False]
        self.waiting.append(entry)

        class Handle:
            def cancel(self):
                entry[2] = True

        return Handle()

    def advance(self, seconds):
        self.now += seconds
        due = [e for e in self.waiting if e[0] <= self.now and not e[2]]
        self.waiting = [e for e in self.waiting if e[0] > self.now and not e[2]]
        for _, callback, _ in due:
            callback()


@pytest.fixture
def session(tmp_path):
    session = Session()
    session.open(tmp_path / "zoe.sqlite", create=True, participant="Zoé Martin")
    return session


def heard(session):
    return (
        network_report(session.workspace.network()).components["know_how_to_help"].details["heard"]
    )


def test_the_debouncer_runs_once_after_the_last_change():
    clock, calls = Clock(), []
    live = Debouncer(lambda: calls.append(clock.now), delay=0.35, scheduler=clock)
    for _ in range(10):  # ten keystrokes, 0.1 s apart
        live.trigger()
        clock.advance(0.1)
    assert calls == [] and live.pending
    clock.advance(0.3)
    assert len(calls) == 1 and live.runs == 1 and not live.pending
    live.flush()  # nothing pending: nothing runs
    live.trigger()
    live.flush()
    assert live.runs == 2
    clock.advance(1)
    assert live.runs == 2  # the cancelled timer does not run again


def test_the_builder_checks_once_typing_pauses(session):
    clock = Clock()
    builder = AskBuilder(session, scheduler=clock)
    assert t("asks.verdict.vague") in builder._assessment.value
    runs = builder.live.runs
    text = "Je cherche quelqu'un dans le luxe, en particulier les parfums pour femmes."
    for end in range(1, len(text) + 1, 5):  # typed five letters at a time
        builder.write(text[:end])
        clock.advance(0.05)
    builder.write(text)
    assert t("asks.verdict.vague") in builder._assessment.value  # still typing
    clock.advance(0.5)
    assert builder.live.runs == runs + 1  # one check for the whole sentence
    assert t("asks.verdict.precise") in builder._assessment.value
    assert "parfums pour femmes" in builder.feedback_html  # the niche, quoted


def test_the_first_attempt_is_kept_as_typed_and_comes_back(session, tmp_path):
    clock = Clock()
    first = FirstAttempt(session, scheduler=clock)
    assert not first.keep()  # empty: a warning, not an error
    first.type(VAGUE)
    clock.advance(1)  # the pause saves it, even without pressing the button
    assert session.workspace.get_meta(FIRST_ATTEMPT_KEY) == VAGUE
    assert t("asks.verdict.vague") in first.feedback_html
    first.type(VAGUE + " Merci !")
    assert first.keep()
    again = Session()
    again.open(session.workspace.path)
    assert FirstAttempt(again)._text.value == VAGUE + " Merci !"


def test_before_and_after_show_both_verdicts(session):
    assert before_after_of(session.workspace) is None
    assert t("ask_steps.before_after.no_first") in before_after_html(None)
    first = FirstAttempt(session)
    first.type("<b>" + VAGUE + "</b>")
    first.keep()
    waiting = before_after_of(session.workspace)
    assert waiting.final_assessment is None and waiting.gain is None
    assert t("ask_steps.before_after.no_final") in before_after_html(waiting)
    builder = AskBuilder(session)
    builder.fill(**PERFUME)
    builder.save()
    result = before_after_of(session.workspace)
    assert result.first_assessment.verdict == "vague"
    assert result.final_assessment.verdict == "precise" and result.gain > 50
    shown = before_after_html(result)
    assert t("asks.verdict.vague") in shown and t("asks.verdict.precise") in shown
    assert "<b>Si vous" not in shown and "&lt;b&gt;Si vous" in shown
    assert t("ask_steps.before_after.gain", points=result.gain) in shown


def test_who_can_help_follows_the_latest_saved_ask(session):
    finder = HelperFinder(session)
    assert html.escape(t("helpers.no_ask")) in finder.shown_html
    quick = QuickAdd(session)
    ids = quick.add_names("Alice Martin\n<img src=x onerror=alert(1)>\nDenis Blanc")
    describer = Describer(session)
    describer.describe(ids[0], circle=2, knows_me="yes", sector="Luxe")
    describer.describe(ids[1], circle=3, sector="Luxe")
    describer.describe(ids[2], circle=1, sector="Banque")
    builder = AskBuilder(session)
    builder.fill(**PERFUME)
    builder.save()  # the finder refreshes on its own
    assert [h.contact_id for h in finder.helpers] == [ids[0], ids[1]]
    assert "Alice Martin" in finder.shown_html and "Denis Blanc" not in finder.shown_html
    assert "<img" not in finder.shown_html and "&lt;img src=x" in finder.shown_html
    ringed = helpers_chart(session.workspace).data[-1]
    assert ringed.name == t("helpers.chart_name") and len(ringed.r) == 2


def test_drafts_for_the_chosen_contact_and_sharing_moves_the_fourth_question(session):
    [ada, paul] = QuickAdd(session).add_names("Ada Lovelace\nPaul Durand")
    Describer(session).describe(ada, relation="above", circle=4)
    writer = DraftWriter(session)
    assert writer.share("email") is None  # no ask yet: a warning
    assert writer._feedback.value and "error" not in writer._feedback.value
    builder = AskBuilder(session)
    builder.fill(**PERFUME)
    builder.save()  # saved for nobody in particular
    assert heard(session) == 0
    writer.choose(ada, via=paul)
    email = writer.text("email")
    assert email.startswith("Bonjour Ada,") and "Paul Durand m'a conseillé" in email
    assert email.rstrip().endswith("Zoé")
    assert "parfums pour femmes" in email
    assert len(writer.text("linkedin")) <= 300
    assert writer.text("phone").startswith("Bonjour Ada, c'est Zoé.")
    interaction_id = writer.share("phone")
    [row] = session.workspace.interactions().itertuples()
    assert (row.id, row.kind, row.channel, row.contact_id) == (interaction_id, "ask", "phone", ada)
    assert heard(session) == 1  # Ada now knows how to help
    assert network_report(session.workspace.network()).components["want_to_help"].details == {
        "gave": 0,
        "received": 0,
        "exchange": 1,
        "only_take": [],
        "only_give": [],
    }


def test_an_ask_shared_before_any_precise_ask_does_not_count(session):
    [ada] = QuickAdd(session).add_names("Ada Lovelace")
    builder = AskBuilder(session)
    builder.write(VAGUE)
    builder._contact.value = ada
    builder.save()
    writer = DraftWriter(session)
    writer.choose(ada)
    writer.share("email")
    assert heard(session) == 0
    contacts, asks = session.workspace.contacts(), session.workspace.asks()
    interactions = session.workspace.interactions()
    assert health.know_how_to_help(contacts, asks, interactions).details["heard"] == 0


def test_the_finder_uses_the_builder_fields_of_the_saved_ask(session):
    [ada] = QuickAdd(session).add_names("Ada Lovelace")
    Describer(session).describe(ada, sector="Parfumerie", circle=3)
    builder = AskBuilder(session)
    builder.fill(**PERFUME)
    builder.write("Un conseil, s'il vous plaît ?")  # the text alone names no field
    builder.save()
    network = session.workspace.network()
    assert find_helpers(network.contacts, network.interactions, network.today, builder.draft) == []
    assert [h.contact_id for h in HelperFinder(session).helpers] == [ada]
