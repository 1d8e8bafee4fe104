"""Follow-up planning: rhythm from the last interaction, the method's rules, capacity, decisions."""

import datetime as dt

import pytest

from toolkit.core.errors import ValidationError
from toolkit.core.model import (
    Channel,
    Circle,
    Contact,
    Direction,
    Interaction,
    InteractionKind,
    Relation,
)
from toolkit.core.store import open_workspace
from toolkit.health.figures import DEFAULT_CADENCE_DAYS
from toolkit.i18n import catalogue
from toolkit.plan import followups
from toolkit.plan.followups import Item, Settings, build_plan, next_due, spread

TODAY = dt.date(2026, 9, 15)  # a Tuesday


@pytest.fixture
def workspace(tmp_path):
    with open_workspace(tmp_path / "w.sqlite", create=True) as ws:
        ws.set_meta({"today": TODAY.isoformat()})
        yield ws


def add(workspace, name, circle=None, **fields):
    [cid] = workspace.add_contacts([Contact(name, circle=circle, **fields)])
    return cid


def log(workspace, cid, date, channel=Channel.PHONE, direction=Direction.EXCHANGE, kind=None):
    workspace.add_interactions([Interaction(cid, date, channel, direction, kind)])


def plan_of(workspace, settings=None, weeks=4):
    return build_plan(
        workspace.contacts(),
        workspace.interactions(),
        workspace.followups(),
        workspace.today(),
        settings or Settings(),
        weeks,
    )


def items_of(plan):
    return [*plan.items, *plan.later]


# -- cadence arithmetic --------------------------------------------------------------------------


def test_cadences_are_healths_own():
    assert Settings().cadence_days == DEFAULT_CADENCE_DAYS


@pytest.mark.parametrize(
    ("last", "days", "expected"),
    [
        (dt.date(2026, 1, 31), 30, dt.date(2026, 3, 2)),  # through a short February
        (dt.date(2028, 1, 31), 30, dt.date(2028, 3, 1)),  # leap year: 29 February counts
        (dt.date(2028, 2, 29), 182, dt.date(2028, 8, 29)),
        (dt.date(2027, 12, 31), 14, dt.date(2028, 1, 14)),  # across the year end
        (dt.date(2026, 8, 31), 91, dt.date(2026, 11, 30)),
        (dt.date(2026, 3, 16), 14, dt.date(2026, 3, 30)),  # across the spring DST change
    ],
)
def test_next_due_counts_calendar_days(last, days, expected):
    assert next_due(last, days, TODAY) == expected


def test_never_contacted_is_due_today():
    assert next_due(None, 30, TODAY) == TODAY


def test_rhythm_counts_from_last_interaction_and_resets_when_one_is_logged(workspace):
    cid = add(workspace, "Ada", Circle.CLOSE)
    log(workspace, cid, dt.date(2026, 7, 1))
    log(workspace, cid, dt.date(2026, 8, 1))
    [item] = items_of(plan_of(workspace))
    assert (item.rule, item.due_on) == ("cadence", dt.date(2026, 8, 31))
    assert "samedi 1er août 2026" in item.reason("fr")
    log(workspace, cid, dt.date(2026, 9, 10))  # any interaction resets the rhythm
    [item] = items_of(plan_of(workspace))
    assert item.due_on == dt.date(2026, 10, 10)


def test_edited_cadence_applies_and_bad_values_are_refused():
    settings = Settings().with_cadence(2, "45")
    assert settings.cadence_days[2] == 45 and settings.cadence_days[1] == 14
    for bad in ("0", "abc", 10_000, ""):
        with pytest.raises(ValidationError):
            settings.with_cadence(2, bad)
    with pytest.raises(ValidationError):
        settings.with_cadence(5, 30)  # circle 5 has no rhythm
    restored = followups.settings_from_meta(settings.with_capacity(3).to_meta())
    assert restored.cadence_days[2] == 45 and restored.capacity == 3


def test_unreadable_settings_fall_back_to_defaults():
    settings = followups.settings_from_meta(
        {"followups.cadence": "{not json", "followups.capacity": "-4"}
    )
    assert settings == Settings()


def test_circle_five_and_undescribed_contacts_have_no_rhythm(workspace):
    add(workspace, "Far", Circle.BEYOND)
    add(workspace, "Unknown")
    assert items_of(plan_of(workspace)) == []


def test_overdue_come_first(workspace):
    recent = add(workspace, "Recent", Circle.INTIMATE)
    old = add(workspace, "Old", Circle.INTIMATE)
    log(workspace, recent, dt.date(2026, 9, 5))
    log(workspace, old, dt.date(2026, 8, 1))
    plan = plan_of(workspace)
    assert [i.name for i in plan.items] == ["Old", "Recent"]
    assert [i.name for i in plan.overdue] == ["Old"]


# -- event rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "direction", "kind", "rule", "due", "suggested"),
    [
        (Channel.EMAIL, Direction.EXCHANGE, InteractionKind.ASK, "email_no_answer", 4, "phone"),
        (Channel.EMAIL, Direction.GAVE, InteractionKind.INFORMATION, "email_no_answer", 4, "phone"),
        (Channel.PHONE, Direction.RECEIVED, InteractionKind.INTRODUCTION, "thank_introducer", 7,
         "phone"),
        (Channel.IN_PERSON, Direction.EXCHANGE, InteractionKind.EVENT, "after_event", 2,
         "message"),
        (Channel.VIDEO, Direction.GAVE, InteractionKind.ADVICE, "after_giving", 21, "message"),
    ],
)  # fmt: skip
def test_each_event_rule_gives_a_dated_follow_up_with_a_reason(
    workspace, channel, direction, kind, rule, due, suggested
):
    cid = add(workspace, "Yasmine", Circle.FRIENDS)
    log(workspace, cid, dt.date(2026, 9, 10), channel, direction, kind)
    [item] = items_of(plan_of(workspace))
    assert item.rule == rule
    assert item.due_on == dt.date(2026, 9, 10) + dt.timedelta(days=due)
    assert item.channel == suggested
    for lang in ("fr", "en"):
        reason = item.reason(lang)
        assert "10" in reason and "{" not in reason
    assert item.key == f"{rule}:{cid}:2026-09-10"


def test_after_giving_says_until_when_to_ask_nothing(workspace):
    cid = add(workspace, "Bob", Circle.FRIENDS)
    log(workspace, cid, dt.date(2026, 9, 10), Channel.VIDEO, Direction.GAVE, InteractionKind.ADVICE)
    [item] = items_of(plan_of(workspace))
    assert "9 November 2026" in item.reason("en")


def test_a_later_exchange_closes_a_rule(workspace):
    cid = add(workspace, "Chloé", Circle.FRIENDS)
    log(workspace, cid, dt.date(2026, 9, 1), Channel.EMAIL, Direction.EXCHANGE)
    log(workspace, cid, dt.date(2026, 9, 3), Channel.PHONE, Direction.EXCHANGE)
    [item] = items_of(plan_of(workspace))
    assert item.rule == "cadence"


def test_old_events_are_left_to_the_rhythm(workspace):
    cid = add(workspace, "Dora", Circle.FRIENDS)
    log(workspace, cid, dt.date(2026, 6, 1), Channel.EMAIL, Direction.EXCHANGE)
    [item] = items_of(plan_of(workspace))
    assert item.rule == "cadence"


def test_dormant_ties_that_matter_get_news_without_an_ask(workspace):
    close = add(workspace, "Close", Circle.FRIENDS)
    above = add(workspace, "Boss", Circle.ACQUAINTANCES, relation=Relation.ABOVE)
    plain = add(workspace, "Plain", Circle.ACQUAINTANCES)
    for cid in (close, above, plain):
        log(workspace, cid, dt.date(2025, 1, 10))
    rules = {i.name: i.rule for i in items_of(plan_of(workspace))}
    assert rules == {"Close": "news_no_ask", "Boss": "news_no_ask", "Plain": "cadence"}
    [news] = [i for i in items_of(plan_of(workspace)) if i.name == "Close"]
    assert "613" in news.reason("en") and "no ask" in news.reason("en")


# -- capacity ------------------------------------------------------------------------------------


def _item(n, due, rule="cadence"):
    return Item(f"{rule}:{n}:x", n, f"P{n}", 2, rule, due, Channel.PHONE)


def test_capacity_spreads_work_and_says_what_was_deferred():
    overdue = [_item(n, dt.date(2026, 8, n + 1)) for n in range(7)]
    event = _item(99, dt.date(2026, 9, 17), "after_event")
    plan = spread([*overdue, event], TODAY, capacity=3, weeks=2)
    this_week, next_week = plan.week(0), plan.week(1)
    assert {i.contact_id for i in this_week} == {99, 0, 1}  # time-bound first, then most overdue
    assert [i.contact_id for i in next_week] == [2, 3, 4]
    assert all(i.scheduled_on == dt.date(2026, 9, 21) for i in next_week)  # the week's Monday
    assert [i.contact_id for i in plan.later] == [5, 6]
    assert len(plan.deferred) == 5
    assert "5 follow-ups moved" in plan.summary("en") and "2 of them beyond" in plan.summary("en")
    assert all(len(plan.week(w)) <= 3 for w in range(2))


def test_items_due_later_are_not_deferred():
    plan = spread([_item(1, dt.date(2026, 12, 1))], TODAY, capacity=5, weeks=2)
    assert plan.items == () and plan.deferred == [] and len(plan.later) == 1


def test_overdue_items_are_scheduled_today_not_in_the_past():
    plan = spread([_item(1, dt.date(2026, 1, 1))], TODAY)
    assert plan.items[0].scheduled_on == TODAY


@pytest.mark.parametrize("bad", ["0", "x", 101])
def test_bad_capacity_is_refused(bad):
    with pytest.raises(ValidationError):
        Settings().with_capacity(bad)


# -- decisions -----------------------------------------------------------------------------------


def test_done_logs_an_interaction_and_schedules_the_next(workspace):
    cid = add(workspace, "Eve", Circle.CLOSE)
    log(workspace, cid, dt.date(2026, 8, 1))
    [item] = items_of(plan_of(workspace))
    decision, interaction = followups.done(item, TODAY)
    workspace.record_followup(decision, interaction)
    assert workspace.interactions()["date"].max().date() == TODAY
    plan = plan_of(workspace)
    assert plan.next_for(cid).due_on == TODAY + dt.timedelta(days=30)
    stored = workspace.followups().iloc[0]
    assert (stored["status"], stored["origin"]) == ("done", item.key)
    assert stored["done_on"].date() == TODAY


def test_skipping_a_rhythm_moves_it_one_cycle_and_an_event_rule_leaves(workspace):
    cid = add(workspace, "Fay", Circle.CLOSE)
    log(workspace, cid, dt.date(2026, 8, 1))
    [item] = items_of(plan_of(workspace))
    workspace.record_followup(followups.skipped(item, TODAY))
    [after] = items_of(plan_of(workspace))
    assert after.due_on == TODAY + dt.timedelta(days=30)  # overdue, skipped today: next cycle
    other = add(workspace, "Gus", Circle.FRIENDS)
    log(workspace, other, dt.date(2026, 9, 10), Channel.EMAIL, Direction.EXCHANGE)
    [rule] = [i for i in items_of(plan_of(workspace)) if i.contact_id == other]
    workspace.record_followup(followups.skipped(rule, TODAY))
    [back] = [i for i in items_of(plan_of(workspace)) if i.contact_id == other]
    assert (back.rule, back.due_on) == ("cadence", dt.date(2026, 12, 10))  # the rhythm resumes


def test_snooze_moves_a_follow_up_and_keeps_one_row_per_item(workspace):
    cid = add(workspace, "Hal", Circle.CLOSE)
    log(workspace, cid, dt.date(2026, 8, 1))
    [item] = items_of(plan_of(workspace))
    workspace.record_followup(followups.snoozed(item, TODAY, 7))
    [moved] = items_of(plan_of(workspace))
    assert moved.due_on == dt.date(2026, 9, 22) and moved.snoozed and moved.key == item.key
    workspace.record_followup(followups.snoozed(moved, TODAY, 7))
    assert items_of(plan_of(workspace))[0].due_on == dt.date(2026, 9, 29)
    assert workspace.count("followups") == 1


def test_custom_follow_up_is_checked_planned_and_can_be_done(workspace):
    cid = add(workspace, "Ida", Circle.BEYOND)
    with pytest.raises(ValidationError):
        followups.custom(cid, dt.date(2026, 9, 20), "   ")
    with pytest.raises(ValidationError):
        followups.custom(None, dt.date(2026, 9, 20), "x")
    mine = followups.custom(cid, dt.date(2026, 9, 20), "Send the article", "email")
    assert followups.custom(cid, dt.date(2026, 9, 20), "Send the article").origin == mine.origin
    workspace.record_followup(mine)
    [item] = items_of(plan_of(workspace))
    assert (item.rule, item.reason(), item.channel) == ("custom", "Send the article", "email")
    workspace.record_followup(*followups.done(item, TODAY))
    assert workspace.count("followups") == 1 and workspace.count("interactions") == 1
    # done by email: the method's next step is a call if no answer comes (P11)
    [after] = items_of(plan_of(workspace))
    assert (after.rule, after.due_on) == ("email_no_answer", TODAY + dt.timedelta(days=4))


def test_an_email_they_sent_is_not_an_unanswered_email(workspace):
    # Karim wrote to me: nothing of mine is waiting for an answer, so no call is planned for it
    cid = add(workspace, "Karim", Circle.FRIENDS)
    log(
        workspace,
        cid,
        dt.date(2026, 9, 10),
        Channel.EMAIL,
        Direction.RECEIVED,
        InteractionKind.ADVICE,
    )
    assert "email_no_answer" not in {i.rule for i in items_of(plan_of(workspace))}


def test_every_rule_has_words_in_both_languages():
    for lang in ("fr", "en"):
        messages = catalogue(lang)
        for rule in followups.RULES[1:]:
            assert f"followups.rules.{rule}.reason" in messages
            assert f"followups.rules.{rule}.action" in messages


def test_demo_persona_plan_respects_capacity_and_is_deterministic(tmp_path):
    from toolkit import demo

    plans = []
    for n in range(2):
        with demo.create_persona("cecile", tmp_path / f"c{n}.sqlite") as ws:
            plans.append(plan_of(ws, followups.settings_from_meta(ws.meta())))
    assert plans[0] == plans[1]
    assert all(len(plans[0].week(w)) <= followups.DEFAULT_CAPACITY for w in range(4))
    assert {i.rule for i in items_of(plans[0])} >= {"cadence", "after_giving", "email_no_answer"}


def test_a_precise_ask_drafted_for_someone_is_to_be_said_to_them(workspace):
    from toolkit.core.model import Ask

    cid = add(workspace, "Jo", Circle.FRIENDS)
    log(workspace, cid, dt.date(2026, 9, 1))
    workspace.add_ask(Ask("vague", dt.date(2026, 9, 12), cid, verdict="vague"))
    assert plan_with_asks(workspace).next_for(cid).rule == "cadence"
    workspace.add_ask(Ask("precise", dt.date(2026, 9, 12), cid, verdict="precise"))
    item = plan_with_asks(workspace).next_for(cid)
    assert (item.rule, item.due_on, item.channel) == ("share_ask", dt.date(2026, 9, 14), "phone")
    assert "12 September 2026" in item.reason("en") and "Jo" in item.reason("en")
    workspace.record_followup(*followups.done(item, TODAY))  # said on the phone today
    after = plan_with_asks(workspace).next_for(cid)
    assert after.rule == "cadence" and after.due_on == TODAY + dt.timedelta(days=91)
    assert workspace.interactions()["kind"].iloc[-1] == "ask"


def plan_with_asks(workspace):
    return build_plan(
        workspace.contacts(),
        workspace.interactions(),
        workspace.followups(),
        TODAY,
        asks=workspace.asks(),
    )
