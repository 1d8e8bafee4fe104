"""The screens of step 1, driven through their public methods exactly as the buttons do."""

import datetime as dt

import pandas as pd

from toolkit.i18n import t
from toolkit.ui import Describer, InteractionLog, QuickAdd


def test_quick_add_saves_names_and_clears_the_boxes(session):
    screen = QuickAdd(session)
    screen._boxes["helped_me"].value = "Hélène Dubois\nKarim Benali\n"
    screen._add.click()
    names = session.workspace.contacts()["display_name"].tolist()
    assert names == ["Hélène Dubois", "Karim Benali"]
    assert all(box.value == "" for box in screen._boxes.values())
    assert "2" in screen._feedback.value


def test_quick_add_flags_likely_duplicates_before_saving_and_keeps_the_text(session):
    screen = QuickAdd(session)
    screen.add_names("Hélène Dubois")
    screen._boxes["advice"].value = "helene dubois\nZoé Roux"
    screen._add.click()
    assert session.workspace.count("contacts") == 1  # nothing saved yet
    assert "helene dubois ≈ Hélène Dubois" in screen._feedback.value
    assert screen._boxes["advice"].value == "helene dubois\nZoé Roux"  # nothing lost
    screen._confirm.click()
    assert session.workspace.count("contacts") == 3


def test_quick_add_twice_does_not_duplicate(session):
    QuickAdd(session).add_names("Ada")
    QuickAdd(session)  # running the cell again
    assert session.workspace.count("contacts") == 1


def test_quick_add_with_nothing_typed_says_so(session):
    screen = QuickAdd(session)
    assert screen.add_names("  \n ") == []
    assert session.workspace.count("contacts") == 0
    assert "un nom par ligne" in screen._feedback.value


def test_describe_saves_fields_and_goes_to_the_next_undescribed(session):
    ids = QuickAdd(session).add_names("Ada\nZoé")
    screen = Describer(session)
    assert screen.next_undescribed() == ids[0]
    assert screen.describe(
        ids[0],
        circle=2,
        relation="above",
        knows_me="a_little",
        network_type="strategic",
        sector="Luxe",
        company="Maison Orvelle",
    )
    row = session.workspace.contacts().set_index("id").loc[ids[0]]
    assert (row["circle"], row["relation"], row["company"]) == (2, "above", "Maison Orvelle")
    assert row["display_name"] == "Ada"  # untouched
    assert screen.next_undescribed() == ids[1]
    screen.describe(ids[1], circle=5)
    assert screen.next_undescribed() is None
    assert t("mapping.describe.all_described") in screen._feedback.value


def test_describe_through_the_form(session):
    [ada] = QuickAdd(session).add_names("Ada")
    screen = Describer(session)
    screen.select(ada)
    screen._fields["circle"].value = 1
    screen._fields["sector"].value = "Santé"
    screen.children[3].children[0].click()  # the Save button
    row = session.workspace.contacts().iloc[0]
    assert row["circle"] == 1 and row["sector"] == "Santé"


def test_invalid_description_gives_a_message_and_changes_nothing(session):
    [ada] = QuickAdd(session).add_names("Ada")
    before = session.workspace.export()
    screen = Describer(session)
    assert not screen.describe(ada, circle=9)
    assert "cercle" in screen._feedback.value
    assert not screen.describe(None, circle=1)
    assert session.workspace.export() == before


def test_sorting_several_contacts_into_a_circle_is_all_or_nothing(session):
    ids = QuickAdd(session).add_names("A\nB\nC")
    screen = Describer(session)
    assert screen.sort_into_circle(ids[:2], 3) == 2
    assert session.workspace.contacts()["circle"].tolist()[:2] == [3, 3]
    before = session.workspace.export()
    assert screen.sort_into_circle([ids[2], 999], 4) == 0  # 999 does not exist
    assert session.workspace.export() == before


def test_filters_follow_the_workspace(cecile):
    screen = Describer(cecile)
    contacts = cecile.workspace.contacts()
    assert len(screen._contact.options) == contacts["circle"].isna().sum()  # undescribed first
    screen._view.value = "all"
    assert len(screen._contact.options) == len(contacts)
    name = contacts["display_name"].iloc[5]
    screen._search.value = name.upper()
    assert [label.split(" — ")[0] for label, _ in screen._contact.options] == [name]


def test_log_an_interaction_and_refuse_a_future_date(session):
    [ada] = QuickAdd(session).add_names("Ada")
    screen = InteractionLog(session)
    today = session.workspace.today()
    assert screen.log_interaction(ada, today, "phone", "gave", "advice") is not None
    assert session.workspace.interactions()["channel"].tolist() == ["phone"]
    assert screen.log_interaction(ada, today + dt.timedelta(days=1), "email", "gave") is None
    assert "futur" in screen._feedback.value
    assert session.workspace.count("interactions") == 1


def test_a_new_contact_appears_in_the_other_screens(session):
    log = InteractionLog(session)
    describer = Describer(session)
    [ada] = QuickAdd(session).add_names("Ada")
    assert (("Ada", ada)) in log._contact.options
    assert any(value == ada for _, value in describer._contact.options)


def test_delete_then_undo_brings_everything_back(session):
    from toolkit.ui import TieEditor

    ada, zoe = QuickAdd(session).add_names("Ada\nZoé")
    InteractionLog(session).log_interaction(ada, session.workspace.today(), "phone", "gave")
    TieEditor(session).mark_ties([ada, zoe])
    before = session.workspace.export()
    screen = Describer(session)
    assert screen.delete(ada)
    assert session.workspace.count("contacts") == 1 and session.workspace.count("ties") == 0
    assert screen._undo.layout.display is None  # the Undo button shows
    screen._undo.click()
    after = session.workspace.export()
    assert after["contacts"] == before["contacts"] and after["ties"] == before["ties"]
    assert len(after["interactions"]) == 1
    assert screen._contact.value == ada
    assert screen.undo() is None  # nothing left to undo


def test_ties_among_a_chosen_set_are_marked_and_forgotten(session):
    from toolkit.ui import TieEditor

    a, b, c = QuickAdd(session).add_names("A\nB\nC")
    screen = TieEditor(session)
    assert screen.mark_ties([a, b, c]) == 3
    assert screen.mark_ties([a, b]) == 0  # already known
    assert "3" in screen._known.value
    assert screen.unmark_ties([b, c]) == 1
    assert session.workspace.ties().values.tolist() == [[a, b], [a, c]]
    assert screen.mark_ties([a]) == 0
    assert "au moins deux" in screen._feedback.value


def test_reflection_is_kept_and_shown_again(session):
    from toolkit.ui import Reflection

    screen = Reflection(session)
    screen._boxes[0].value = "Je donne beaucoup, je demande peu."
    screen._boxes[2].value = "Peu de contacts au-dessus de moi."
    screen.children[3].click()  # Save
    again = Reflection(session)  # the cell run again, or the next session
    assert [box.value for box in again._boxes] == [
        "Je donne beaucoup, je demande peu.",
        "",
        "Peu de contacts au-dessus de moi.",
    ]


def test_every_action_has_its_button_on_screen(session):
    screen = Describer(session)

    def buttons(widget):
        found = [widget.description] if type(widget).__name__ == "Button" else []
        for child in getattr(widget, "children", ()):
            found += buttons(child)
        return found

    labels = buttons(screen)
    for key in ("save", "next", "delete", "undo", "sort"):
        assert t(f"mapping.describe.{key}") in labels


def test_sorting_through_the_form(session):
    ids = QuickAdd(session).add_names("A\nB\nC")
    screen = Describer(session)
    screen._view.value = "all"
    screen._several.value = tuple(ids[:2])
    screen._bulk_circle.value = 4
    sort = next(b for b in screen.children[-1].children[1].children if hasattr(b, "click"))
    sort.click()
    circles = session.workspace.contacts()["circle"]
    assert circles.iloc[:2].tolist() == [4, 4] and pd.isna(circles.iloc[2])
