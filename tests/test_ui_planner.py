"""The planner screen, driven through its public methods and buttons; its charts."""

import base64
import datetime as dt
import html
import re

from toolkit import demo
from toolkit.core.screens.downloads import download_link
from toolkit.core.session import Session
from toolkit.health.figures import network_report
from toolkit.plan import charts, followups
from toolkit.plan.screens.planner import current_plan, first_actions_html, plan_html
from toolkit.ui import Planner

TODAY = demo.REFERENCE_DATE


def test_planner_shows_this_week_within_capacity(cecile):
    screen = Planner(cecile)
    assert len(screen.plan.week(0)) == followups.DEFAULT_CAPACITY
    assert "Cette semaine" in screen._plan_view.value
    assert screen._choice.value == screen.plan.items[0].key
    assert screen._capacity.value == 5 and screen._cadences[2].value == 30


def test_done_button_logs_an_interaction_persists_and_plans_the_next(cecile, tmp_path):
    screen = Planner(cecile)
    item = screen.plan.items[0]
    before = cecile.workspace.count("interactions")
    screen._choice.value = item.key
    [done_button] = [b for b in screen.children[5].children if b.description == "Faite"]
    done_button.click()
    assert cecile.workspace.count("interactions") == before + 1
    assert item.name in screen._feedback.value and "Prochaine relance" in screen._feedback.value
    assert item.key not in [i.key for i in screen.plan.items]
    # persisted: a new session on the same file sees the decision
    again = Session()
    again.open(cecile.workspace.path)
    stored = again.workspace.followups()
    assert stored[stored["origin"] == item.key]["status"].tolist() == ["done"]
    assert item.key not in [i.key for i in current_plan(again).items]
    again.workspace.close()


def test_skip_and_snooze_persist(cecile):
    screen = Planner(cecile)
    first, second = screen.plan.items[:2]
    assert screen.skip(first.key)
    assert screen.snooze(second.key, 14)
    stored = cecile.workspace.followups().set_index("origin")
    assert stored.loc[first.key, "status"] == "skipped"
    assert stored.loc[second.key, "due_on"].date() == max(second.day, TODAY) + dt.timedelta(14)
    assert first.key not in [i.key for i in screen.plan.items]


def test_an_action_on_a_stale_item_says_so_without_a_traceback(cecile):
    screen = Planner(cecile)
    assert screen.mark_done("cadence:999:never") is None
    assert "plus dans le plan" in screen._feedback.value
    assert not screen.skip(None)
    assert "Choisissez" in screen._feedback.value


def test_custom_follow_up_is_added_and_checked(cecile):
    screen = Planner(cecile)
    contact_id = int(cecile.workspace.contacts()["id"].iloc[0])
    assert not screen.add_custom(contact_id, TODAY, "  ")
    assert "pourquoi" in screen._feedback.value
    assert screen.add_custom(contact_id, TODAY, "<b>Envoyer l'article</b>", "email")
    [mine] = [i for i in screen.plan.items if i.rule == "custom"]
    assert mine.reason() == "<b>Envoyer l'article</b>"
    assert "&lt;b&gt;Envoyer" in screen._plan_view.value  # shown as text, never as HTML


def test_settings_persist_and_bad_values_are_explained(cecile):
    screen = Planner(cecile)
    assert screen.save_settings(2, {1: 7, 2: 45})
    assert len(screen.plan.week(0)) == 2
    assert followups.settings_from_meta(cecile.workspace.meta()).cadence_days[2] == 45
    assert not screen.save_settings(0, {})
    assert "relances par semaine" in screen._feedback.value
    assert not screen.save_settings(2, {}, "Lune/Base")
    assert "fuseau horaire" in screen._feedback.value
    assert screen.save_settings(2, {}, "America/Montreal")
    assert (
        "TZID=America/Montreal"
        in base64.b64decode(
            re.search(r"base64,([A-Za-z0-9+/=]+)'", screen.export_calendar()).group(1)
        ).decode()
    )
    assert Planner(cecile)._capacity.value == 2  # a new screen shows what was saved


def test_export_gives_a_download_link_and_a_file_in_the_workspace_folder(cecile):
    screen = Planner(cecile)
    link = screen.export_calendar()
    encoded = re.search(r"base64,([A-Za-z0-9+/=]+)'", link).group(1)
    data = base64.b64decode(encoded)
    saved = cecile.workspace.path.parent / "relances-cecile.ics"
    assert saved.read_bytes() == data
    assert data.count(b"BEGIN:VEVENT") == len(screen.plan.items)
    assert "download='relances-cecile.ics'" in link


def test_download_link_escapes_the_file_name():
    link = download_link(b"x", "a'><script>.ics", "text/calendar")
    assert "<script>" not in link


def test_plan_and_first_actions_html_escape_names(cecile):
    plan = current_plan(cecile)
    hostile = followups.Item("custom:1:x", 1, "<img src=x onerror=alert(1)>", 2, "cadence",
                             TODAY, None, (("cadence", 30), ("circle", 2), ("date", TODAY),
                                           ("days", 0)))  # fmt: skip
    plan = followups.spread([hostile], TODAY)
    for text in (plan_html(plan), first_actions_html(plan)):
        assert "<img" not in text and "&lt;img" in text


def test_plan_charts_follow_the_plan(cecile):
    plan = current_plan(cecile)
    timeline = charts.plan_timeline(plan)
    assert sum(sum(trace.y) for trace in timeline.data) == len(plan.items)
    assert timeline.layout.template.layout.font.size == 16  # the toolkit's own template
    overdue = charts.overdue_by_circle(plan)
    assert sum(overdue.data[0].y) == sum(i.circle in (1, 2, 3, 4) for i in plan.overdue)
    screen = Planner(cecile)
    screen.mark_done(screen.plan.items[0].key)
    figure = charts.done_vs_planned(screen.plan, cecile.workspace.followups())
    planned, done = figure.data
    assert done.y[8] == 1  # this week: the one just done
    assert planned.y[8] == len(screen.plan.week(0)) + 1


def test_marking_done_moves_the_health_figures(cecile):
    screen = Planner(cecile)
    late = next(i for i in screen.plan.items if i.due_on < TODAY and i.rule == "cadence")
    before = network_report(cecile.workspace.network()).components["think_of_me"].details
    screen.mark_done(late.key)
    after = network_report(cecile.workspace.network()).components["think_of_me"].details
    circle = late.circle
    assert after["per_circle"][circle]["on_time"] == before["per_circle"][circle]["on_time"] + 1


def test_the_plan_opens_on_this_weeks_actions_and_ends_with_the_totals(cecile):
    plan = current_plan(cecile)
    page = plan_html(plan)
    first_action = page.index(html.escape(plan.week(0)[0].action()))
    totals = page.index(html.escape(plan.summary()))
    assert page.startswith("<h4>") and first_action < totals
