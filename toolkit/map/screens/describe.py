"""Describe contacts: circle, relation, whether they know me, network type, and the rest."""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.errors import ValidationError, WorkspaceError
from toolkit.core.model import (
    Circle,
    Contact,
    KnowsMe,
    NetworkType,
    Relation,
    label,
    validate_contact,
)
from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.contacts import (
    DESCRIPTION_FIELDS,
    contact_choices,
    contact_fields,
    filter_contacts,
)

CHOICES = {"circle": Circle, "relation": Relation, "knows_me": KnowsMe, "network_type": NetworkType}
TEXT_FIELDS = ("sector", "company", "position", "how_met")
VIEWS = ("undescribed", "imported", "all", *(f"circle:{int(c)}" for c in Circle))


def _choice_options(enum_type) -> list[tuple[str, object]]:
    return [("—", None), *((label(member), member.value) for member in enum_type)]


def _view_label(view: str) -> str:
    if view.startswith("circle:"):
        return label(Circle(int(view.split(":")[1])))
    return t(f"mapping.describe.views.{view}")


class Describer(Screen):
    """Pick a contact (filtered, searchable), describe it, go to the next undescribed one.

    Public actions: ``select``, ``describe``, ``next_undescribed``, ``sort_into_circle``.
    """

    def __init__(self, session: Session) -> None:
        self._view = widgets.Dropdown(
            options=[(_view_label(v), v) for v in VIEWS], description=t("mapping.describe.view")
        )
        self._search = widgets.Text(placeholder=t("mapping.describe.search"))
        self._contact = widgets.Dropdown(description=t("fields.contact"), layout={"width": "32em"})
        self._fields = {
            name: widgets.Dropdown(options=_choice_options(enum), description=t(f"fields.{name}"))
            for name, enum in CHOICES.items()
        } | {name: widgets.Text(description=t(f"fields.{name}")) for name in TEXT_FIELDS}
        for field in self._fields.values():
            field.style = {"description_width": "12em"}
        save = widgets.Button(description=t("mapping.describe.save"), button_style="primary")
        following = widgets.Button(description=t("mapping.describe.next"))
        remove = widgets.Button(description=t("mapping.describe.delete"), button_style="danger")
        self._undo = widgets.Button(
            description=t("mapping.describe.undo"), layout={"display": "none"}
        )
        self._removed: list[dict] = []
        # Several contacts into one circle at once: the quickest first pass on a long list.
        self._several = widgets.SelectMultiple(rows=8, layout={"width": "32em"})
        self._bulk_circle = widgets.Dropdown(
            options=[(label(c), int(c)) for c in Circle], description=t("fields.circle")
        )
        sort = widgets.Button(description=t("mapping.describe.sort"))
        sort.on_click(
            lambda _: self.sort_into_circle(list(self._several.value), self._bulk_circle.value)
        )
        self._feedback = Feedback()
        self._shown: dict = {}  # the form's values as last shown: what "changed" is measured from
        save.on_click(lambda _: self.save())
        following.on_click(lambda _: self.next_undescribed())
        remove.on_click(lambda _: self.delete(self._contact.value))
        self._undo.on_click(lambda _: self.undo())
        self._view.observe(lambda _: self._workspace_changed(), names="value")
        self._search.observe(lambda _: self._workspace_changed(), names="value")
        self._contact.observe(lambda change: self._show(change["new"]), names="value")
        super().__init__(
            session,
            "describer",
            [
                widgets.HBox([self._view, self._search]),
                self._contact,
                widgets.GridBox(
                    list(self._fields.values()), layout={"grid_template_columns": "repeat(2, 30em)"}
                ),
                widgets.HBox([save, following, remove, self._undo]),
                self._feedback,
                widgets.HTML(f"<b>{html.escape(t('mapping.describe.bulk_heading'))}</b>"),
                widgets.HBox([self._several, widgets.VBox([self._bulk_circle, sort])]),
            ],
            self._feedback,
        )
        self._workspace_changed()

    # -- actions ---------------------------------------------------------------------------------

    def select(self, contact_id: int) -> None:
        """Show one contact's description in the form."""
        if contact_id not in [value for _, value in self._contact.options]:
            self._view.value = "all"
            self._search.value = ""
        self._contact.value = contact_id

    def describe(self, contact_id: int | None, **fields: object) -> bool:
        """Save the given fields of a contact (others unchanged); ``True`` when saved."""
        return bool(self.guarded(lambda: self._describe(contact_id, fields)))

    def save(self) -> bool:
        """The save button: write the fields the participant changed in the form, and only
        those, so that what another notebook saved meanwhile in the others is kept."""
        typed = self._typed()
        changed = {name: value for name, value in typed.items() if self._shown.get(name) != value}
        return self.describe(self._contact.value, **changed)

    def next_undescribed(self) -> int | None:
        """Go to the first contact not yet placed in a circle; its id (``None`` when all are)."""
        contacts = self.session.workspace.contacts()
        waiting = contacts[contacts["circle"].isna()]
        if waiting.empty:
            self._feedback.show(t("mapping.describe.all_described"))
            return None
        contact_id = int(waiting["id"].iloc[0])
        self._view.value = "undescribed"
        self.select(contact_id)
        return contact_id

    def sort_into_circle(self, contact_ids: list[int], circle: int) -> int:
        """Place several contacts in one circle at once; how many were placed."""

        def place() -> int:
            with self.session.workspace.transaction():  # all of them, or none
                for contact_id in contact_ids:
                    self._describe(contact_id, {"circle": circle}, announce=False)
            self._feedback.show(
                t("mapping.describe.sorted", count=len(contact_ids), circle=label(Circle(circle)))
            )
            return len(contact_ids)

        placed = self.guarded(place) or 0
        if placed:
            self.session.changed()
        return placed

    def delete(self, contact_id: int | None) -> bool:
        """Delete a contact and what is attached to it; ``undo`` puts it back."""

        def remove() -> bool:
            if contact_id is None:
                raise ValidationError("errors.missing_field", field=t("fields.contact"))
            removed = self.session.workspace.remove_contact(contact_id)
            self._removed.append(removed)
            name = removed["contacts"][0]["display_name"]
            self._feedback.show(t("mapping.describe.deleted", name=name))
            self._undo.layout.display = None
            self.session.changed()
            return True

        return bool(self.guarded(remove))

    def undo(self) -> int | None:
        """Bring back the contact deleted last; its id."""
        if not self._removed:
            return None

        def restore() -> int:
            removed = self._removed.pop()
            contact_id = self.session.workspace.restore(removed)
            self._feedback.show(
                t("mapping.describe.restored", name=removed["contacts"][0]["display_name"])
            )
            if not self._removed:
                self._undo.layout.display = "none"
            self.session.changed()
            self.select(contact_id)
            return contact_id

        return self.guarded(restore)

    # -- internals -------------------------------------------------------------------------------

    def _describe(self, contact_id: int | None, fields: dict, announce: bool = True) -> bool:
        unknown = set(fields) - set(DESCRIPTION_FIELDS)
        if unknown:
            raise ValueError(f"not description fields: {sorted(unknown)}")
        workspace = self.session.workspace
        if contact_id is None:
            raise ValidationError("errors.missing_field", field=t("fields.contact"))
        today = workspace.today()

        def edit(stored: dict) -> Contact:
            # What is stored now, read in the write's own transaction, plus the given fields.
            return validate_contact({**stored, **fields}, today)

        try:
            contact = workspace.edit_contact(contact_id, edit)
        except WorkspaceError as error:
            if error.key == "errors.unknown_contact":
                raise ValidationError("errors.missing_field", field=t("fields.contact")) from error
            raise
        if contact_id == self._contact.value:
            self._shown.update({k: v for k, v in fields.items() if k in self._fields})
        if announce:
            self._feedback.show(t("mapping.describe.saved", name=contact.display_name))
            self.session.changed()
        return True

    def _typed(self) -> dict:
        return {name: widget.value for name, widget in self._fields.items()}

    def _workspace_changed(self) -> None:
        if self.session.workspace is None:
            return
        shown = filter_contacts(
            self.session.workspace.contacts(), self._view.value, self._search.value
        )
        current = self._contact.value
        self._contact.options = contact_choices(shown)
        self._several.options = self._contact.options
        ids = [value for _, value in self._contact.options]
        if current in ids:
            self._contact.value = current
        elif ids:
            self._contact.value = ids[0]

    def _show(self, contact_id: int | None) -> None:
        contacts = self.session.workspace.contacts()
        row = contacts[contacts["id"] == contact_id]
        if row.empty:
            return
        fields = contact_fields(row.iloc[0])
        for name, widget in self._fields.items():
            value = fields.get(name)
            widget.value = value if value is not None or name in CHOICES else ""
        self._shown = self._typed()
