"""Describe many contacts fast: one row a person, four choices a row, saved as they are chosen.

A grid of plain ipywidgets (no extra JavaScript, works offline in JupyterLab and Voilà): each
choice box is a native ``<select>``, so the keyboard works as everywhere else (Tab to the next
box, a letter or the arrows to choose). A choice is saved the moment it is made; rows stay where
they are until the participant asks for the next ones, so nothing jumps under the mouse.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from toolkit.core.errors import ValidationError
from toolkit.core.model import Circle, KnowsMe, NetworkType, Relation, label, validate_contact
from toolkit.core.screens.base import Screen
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.contacts import contact_choices, contact_fields, filter_contacts

COLUMNS = {"circle": Circle, "relation": Relation, "knows_me": KnowsMe, "network_type": NetworkType}
PAGE_SIZE = 10
# The row labels ("circle — Ada Lovelace") are for screen readers: on screen the column title
# says it once. Visually hidden the usual way, so they are still read out.
_HIDDEN_LABELS = (
    "<style>.atelier-table .widget-label{position:absolute;width:1px;height:1px;"
    "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;margin:0;padding:0}</style>"
)
_GRID = "2em minmax(12em, 2fr) repeat(4, minmax(9em, 1fr))"


def _options(enum_type) -> list[tuple[str, object]]:
    return [("—", None), *((label(member), member.value) for member in enum_type)]


class ContactTable(Screen):
    """Ten contacts at a time, the undescribed ones first: circle, relation, knows me, network
    type in one row each; tick rows to give them the same choices at once.

    Public actions: ``set_field``, ``apply_to``, ``next_page``, ``show_view``.
    """

    def __init__(self, session: Session, page_size: int = PAGE_SIZE) -> None:
        self._page_size = page_size
        self._loading = False  # True while rows are filled from the workspace: not a choice
        self._ids: list[int | None] = [None] * page_size
        self._start = 0
        self._view = widgets.ToggleButtons(
            options=[(t("mapping.table.views.undescribed"), "undescribed"),
                     (t("mapping.table.views.all"), "all")],
            style={"button_width": "auto"},
        )  # fmt: skip
        self._count = widgets.HTML()
        header = [widgets.HTML("")] + [
            widgets.HTML(f"<b>{html.escape(t(f'fields.{name}').capitalize())}</b>")
            for name in ("contact", *COLUMNS)
        ]
        self._ticks = [widgets.Checkbox(indent=False) for _ in range(page_size)]
        self._names = [widgets.HTML() for _ in range(page_size)]
        self._boxes = [
            {
                name: widgets.Dropdown(options=_options(enum), layout={"width": "auto"})
                for name, enum in COLUMNS.items()
            }
            for _ in range(page_size)
        ]
        for row, boxes in enumerate(self._boxes):
            self._ticks[row].observe(lambda _: self._tick_count(), names="value")
            for name, box in boxes.items():
                box.observe(
                    lambda change, row=row, name=name: self._chosen(row, name, change["new"]),
                    names="value",
                )
        self._rows = [
            [self._ticks[row], self._names[row], *self._boxes[row].values()]
            for row in range(page_size)
        ]
        cells = header + [cell for row in self._rows for cell in row]
        self._grid = widgets.GridBox(
            cells,
            layout={"grid_template_columns": _GRID, "grid_gap": "2px 8px", "align_items": "center"},
        )
        self._grid.add_class("atelier-table")
        self._bulk = {
            name: widgets.Dropdown(
                options=_options(enum),
                description=t("mapping.table.bulk_field", field=t(f"fields.{name}")),
                layout={"width": "auto"},
            )
            for name, enum in COLUMNS.items()
        }
        for box in self._bulk.values():
            box.style = {"description_width": "initial"}
        self._tick_all = widgets.Button(description=t("mapping.table.tick_all"))
        self._apply = widgets.Button(
            description=t("mapping.table.apply", count=0),
            button_style="primary",
            disabled=True,
            layout=WIDE_ENOUGH,
        )
        self._next = widgets.Button(description=t("mapping.table.next"), button_style="info")
        self._feedback = Feedback()
        self._tick_all.on_click(lambda _: self._toggle_all())
        self._apply.on_click(lambda _: self.apply_to(self.ticked(), **self._bulk_values()))
        self._next.on_click(lambda _: self.next_page())
        self._view.observe(lambda change: self.show_view(change["new"]), names="value")
        super().__init__(
            session,
            "contact_table",
            [
                widgets.HTML(_HIDDEN_LABELS + html.escape(t("mapping.table.help"))),
                widgets.HBox([self._view, self._count]),
                self._grid,
                widgets.HBox([self._next]),
                widgets.HTML(f"<b>{html.escape(t('mapping.table.bulk_heading'))}</b>"),
                widgets.HBox([self._tick_all, *self._bulk.values(), self._apply],
                             layout={"flex_flow": "row wrap", "align_items": "center"}),
                self._feedback,
            ],
            self._feedback,
        )  # fmt: skip
        self._workspace_changed()

    # -- actions ---------------------------------------------------------------------------------

    def shown(self) -> list[int]:
        """The ids of the contacts in the rows now, top to bottom."""
        return [contact_id for contact_id in self._ids if contact_id is not None]

    def ticked(self) -> list[int]:
        """The ids of the ticked rows."""
        return [
            contact_id
            for contact_id, tick in zip(self._ids, self._ticks, strict=True)
            if contact_id is not None and tick.value
        ]

    def set_field(self, contact_id: int, field: str, value: object) -> bool:
        """Save one choice of one contact (what a choice box does); ``True`` when saved."""
        saved = self.guarded(lambda: self._save([contact_id], {field: value}))
        if saved:
            self.session.changed()
        return bool(saved)

    def apply_to(self, contact_ids: list[int], **fields: object) -> int:
        """Give several contacts the same choices at once (empty choices left as they were);
        how many contacts were changed. All of them are saved, or none."""
        fields = {name: value for name, value in fields.items() if value is not None}

        def apply() -> int:
            if not contact_ids:
                raise ValidationError("mapping.table.none_ticked")
            if not fields:
                raise ValidationError("mapping.table.no_choice")
            return self._save(contact_ids, fields)

        changed = self.guarded(apply) or 0
        if changed:
            for tick in self._ticks:
                tick.value = False
            self.session.changed()
        return changed

    def next_page(self) -> list[int]:
        """Show the next contacts still to describe (or the next ten of all); their ids."""
        if self._view.value == "undescribed":
            self._start = 0  # those described since have left the list: start again at its top
        else:
            self._start += self._page_size
        self._fill(announce_end=True)
        return self.shown()

    def show_view(self, view: str) -> list[int]:
        """Show the contacts still to describe (``undescribed``) or everyone (``all``)."""
        if self._view.value != view:
            self._view.value = view  # comes back here through the observer
            return self.shown()
        self._start = 0
        self._fill()
        return self.shown()

    # -- internals -------------------------------------------------------------------------------

    def _save(self, contact_ids: list[int], fields: dict) -> int:
        unknown = set(fields) - set(COLUMNS)
        if unknown:
            raise ValueError(f"not table fields: {sorted(unknown)}")
        workspace = self.session.workspace
        contacts = workspace.contacts().set_index("id", drop=False)
        names = []
        with workspace.transaction():  # all of them, or none
            for contact_id in contact_ids:
                if contact_id not in contacts.index:
                    raise ValidationError("errors.missing_field", field=t("fields.contact"))
                current = contact_fields(contacts.loc[contact_id])
                contact = validate_contact({**current, **fields}, workspace.today())
                workspace.update_contact(contact_id, contact)
                names.append(contact.display_name)
        if len(names) == 1:
            self._feedback.show(t("mapping.table.saved", name=names[0]))
        else:
            self._feedback.show(t("mapping.table.applied", count=len(names)))
        self._show_values(contact_ids, fields)
        return len(names)

    def _chosen(self, row: int, field: str, value: object) -> None:
        contact_id = self._ids[row]
        if self._loading or contact_id is None:
            return
        self.set_field(contact_id, field, value)

    def _bulk_values(self) -> dict:
        return {name: box.value for name, box in self._bulk.items()}

    def _toggle_all(self) -> None:
        rows = [tick for tick, contact_id in zip(self._ticks, self._ids, strict=True) if contact_id]
        everything = all(tick.value for tick in rows)
        for tick in rows:
            tick.value = not everything

    def _tick_count(self) -> None:
        count = len(self.ticked())
        self._apply.description = t("mapping.table.apply", count=count)
        self._apply.disabled = count == 0

    def _show_values(self, contact_ids: list[int], fields: dict) -> None:
        """Show saved choices in their rows without saving them a second time."""
        self._loading = True
        try:
            for row, contact_id in enumerate(self._ids):
                if contact_id in contact_ids:
                    for name, value in fields.items():
                        box = self._boxes[row][name]
                        box.value = value.value if hasattr(value, "value") else value
        finally:
            self._loading = False

    def _workspace_changed(self) -> None:
        # A change saved here keeps the rows where they are; another workspace, or contacts
        # added or removed elsewhere, fill them again.
        if self.session.workspace is None:
            return
        contacts = self.session.workspace.contacts()
        still_there = set(contacts["id"].astype(int))
        if self.shown() and set(self.shown()) <= still_there:
            self._refresh_rows(contacts)
            return
        self._start = 0
        self._fill()

    def _fill(self, announce_end: bool = False) -> None:
        contacts = self.session.workspace.contacts()
        shown = filter_contacts(contacts, self._view.value)
        if self._start >= len(shown):
            self._start = 0
        page = shown.iloc[self._start : self._start + self._page_size]
        self._ids = [int(i) for i in page["id"]] + [None] * (self._page_size - len(page))
        self._refresh_rows(contacts)
        if announce_end and self._view.value == "undescribed" and page.empty:
            self._feedback.show(t("mapping.describe.all_described"))

    def _refresh_rows(self, contacts) -> None:
        waiting = int(contacts["circle"].isna().sum())
        self._count.value = html.escape(
            t("mapping.table.count", waiting=waiting, total=len(contacts))
        )
        by_id = contacts.set_index("id", drop=False)
        on_page = by_id.loc[[i for i in self._ids if i is not None and i in by_id.index]]
        names = {contact_id: name for name, contact_id in contact_choices(on_page)}
        self._loading = True
        try:
            for row, contact_id in enumerate(self._ids):
                visible = contact_id is not None and contact_id in by_id.index
                for cell in self._rows[row]:
                    cell.layout.display = None if visible else "none"
                if not visible:
                    self._ids[row] = None
                    self._ticks[row].value = False
                    continue
                fields = contact_fields(by_id.loc[contact_id])
                self._names[row].value = html.escape(names[contact_id])
                for name, box in self._boxes[row].items():
                    box.value = fields.get(name)
                    # read by screen readers (and tests); hidden on screen under the column title
                    box.description = f"{t(f'fields.{name}')} — {names[contact_id]}"
        finally:
            self._loading = False
        self._tick_count()
