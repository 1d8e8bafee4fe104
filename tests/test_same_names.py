"""Two people with the same name are told apart by their company wherever the plan names them:
the plan on screen, the calendar file, the planner's list."""

import html

from toolkit.core.model import Contact
from toolkit.core.names import told_apart
from toolkit.i18n import t
from toolkit.plan import export
from toolkit.plan.screens.planner import current_plan, plan_html
from toolkit.ui import Planner


def test_only_names_shared_by_several_people_get_their_company():
    names = ["Chloé Martin", "chloe martin", "Ana Roux", "Chloé Martin"]
    companies = ["Orvelle", "Lumen", "Orvelle", None]
    assert told_apart(names, companies) == [
        "Chloé Martin (Orvelle)",
        "chloe martin (Lumen)",
        "Ana Roux",  # alone with her name: no company added
        "Chloé Martin",  # no company known: nothing to add
    ]


def _two_chloes(session):
    session.workspace.add_contacts(
        [
            Contact("Chloé Martin", company="Orvelle", circle=2),
            Contact("Chloé Martin", company="Lumen", circle=2),
            Contact("Ana Roux", company="Orvelle", circle=2),
        ]
    )


def test_the_plan_and_the_calendar_tell_the_two_chloe_martin_apart(session):
    _two_chloes(session)
    plan = current_plan(session)
    names = sorted(item.name for item in plan.items)
    assert names == ["Ana Roux", "Chloé Martin (Lumen)", "Chloé Martin (Orvelle)"]
    shown = plan_html(plan)
    assert "Chloé Martin (Lumen)" in shown and "Chloé Martin (Orvelle)" in shown
    calendar = export.to_ics(plan).decode("utf-8")
    assert "Chloé Martin (Lumen)" in calendar and "Chloé Martin (Orvelle)" in calendar
    planner = Planner(session)
    choices = [label for label, _ in planner._choice.options]
    assert any("Chloé Martin (Lumen)" in c for c in choices)


def test_a_follow_up_without_a_channel_shows_no_empty_brackets(session):
    _two_chloes(session)
    planner = Planner(session)
    contact_id = int(session.workspace.contacts()["id"].iloc[2])
    planner.add_custom(contact_id, session.workspace.today(), "lui envoyer l'article", None)
    shown = plan_html(current_plan(session))
    assert html.escape("lui envoyer l'article") in shown
    assert "(—)" not in shown and "()" not in shown


def test_each_rhythm_box_says_its_unit(session):
    planner = Planner(session)
    text = repr(planner)
    assert text.count(f"Label(value='{t('followups.fields.days')}')") == 4
