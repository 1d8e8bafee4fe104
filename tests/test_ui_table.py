"""The contact table: many contacts described fast, each choice saved as it is made."""

import html

from toolkit.core.model import Contact
from toolkit.core.screens.colours import FEEDBACK_COLOURS
from toolkit.i18n import t
from toolkit.ui import ContactTable, QuickAdd


def _people(session, count):
    return session.workspace.add_contacts(
        Contact(f"Personne {n:02d}", company=f"Société {n}") for n in range(count)
    )


def test_a_choice_in_a_row_is_saved_at_once_and_the_rows_stay_put(session):
    ids = _people(session, 3)
    table = ContactTable(session)
    assert table.shown() == ids  # the undescribed ones, in order
    table._boxes[1]["circle"].value = 2  # what choosing in the browser does
    table._boxes[1]["knows_me"].value = "yes"
    row = session.workspace.contacts().set_index("id").loc[ids[1]]
    assert (row["circle"], row["knows_me"]) == (2, "yes")
    assert row["company"] == "Société 1"  # the rest of the contact unchanged
    assert table.shown() == ids  # described, but still under the mouse
    assert t("mapping.table.count", waiting=2, total=3) in table._count.value
    assert "Personne 01" in table._feedback.value


def test_next_brings_the_contacts_still_to_describe(session):
    ids = _people(session, 14)
    table = ContactTable(session)
    assert table.shown() == ids[:10]
    for contact_id in ids[:10]:
        assert table.set_field(contact_id, "circle", 4)
    assert table.next_page() == ids[10:]
    for contact_id in ids[10:]:
        table.set_field(contact_id, "circle", 5)
    assert table.next_page() == []
    assert t("mapping.describe.all_described") in table._feedback.value
    assert t("mapping.table.count", waiting=0, total=14) in table._count.value


def test_all_view_pages_through_everyone(session):
    ids = _people(session, 12)
    table = ContactTable(session)
    table.set_field(ids[0], "circle", 1)
    assert table.show_view("all") == ids[:10]
    assert table.next_page() == ids[10:]
    assert table.next_page() == ids[:10]  # round again from the top


def test_ticked_rows_get_the_same_choices_in_one_go(session):
    ids = _people(session, 5)
    table = ContactTable(session)
    for row in (0, 2, 3):
        table._ticks[row].value = True
    assert table._apply.description == t("mapping.table.apply", count=3)
    table._bulk["circle"].value = 3
    table._bulk["network_type"].value = "strategic"
    table._apply.click()
    contacts = session.workspace.contacts().set_index("id")
    assert contacts.loc[[ids[0], ids[2], ids[3]], "circle"].tolist() == [3, 3, 3]
    assert contacts.loc[[ids[1], ids[4]], "circle"].isna().all()
    assert set(contacts.loc[[ids[0], ids[2]], "network_type"]) == {"strategic"}
    assert table._boxes[2]["circle"].value == 3  # the rows show what was saved
    assert table.ticked() == []  # ticks cleared after applying


def test_tick_all_ticks_the_rows_shown_and_untick_all_clears_them(session):
    _people(session, 4)
    table = ContactTable(session)
    table._tick_all.click()
    assert table.ticked() == table.shown()
    table._tick_all.click()
    assert table.ticked() == []


def test_applying_with_nothing_ticked_or_chosen_says_so_and_changes_nothing(session):
    ids = _people(session, 2)
    table = ContactTable(session)
    table._bulk["circle"].value = 2
    assert table.apply_to([], circle=2) == 0
    assert html.escape(t("mapping.table.none_ticked")) in table._feedback.value
    assert table.apply_to(ids) == 0
    assert html.escape(t("mapping.table.no_choice")) in table._feedback.value
    assert session.workspace.contacts()["circle"].isna().all()


def test_a_contact_deleted_meanwhile_fails_the_whole_batch(session):
    ids = _people(session, 3)
    table = ContactTable(session)
    session.workspace.remove_contact(ids[2])  # another tab deleted it
    assert table.apply_to(ids, circle=2) == 0
    assert FEEDBACK_COLOURS["error"] in table._feedback.value  # said, not raised
    assert session.workspace.contacts()["circle"].isna().all()  # all or none


def test_contacts_added_elsewhere_appear_and_names_are_text(session):
    table = ContactTable(session)
    assert table.shown() == []
    (nasty,) = QuickAdd(session).add_names("<img src=x onerror=alert(1)>")
    assert table.shown() == [nasty]
    assert "<img" not in table._names[0].value and "&lt;img" in table._names[0].value
    assert table._rows[1][0].layout.display == "none"  # empty rows hidden


def test_same_name_people_are_told_apart_by_company(session):
    session.workspace.add_contacts(
        [Contact("Chloé Martin", company="Orvelle"), Contact("Chloé Martin", company="Lumen")]
    )
    table = ContactTable(session)
    names = [table._names[0].value, table._names[1].value]
    assert names == ["Chloé Martin — Orvelle", "Chloé Martin — Lumen"]
    assert table._boxes[1]["circle"].description == f"{t('fields.circle')} — Chloé Martin — Lumen"
