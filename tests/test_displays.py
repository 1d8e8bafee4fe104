"""What the welcome notebook shows: headline figures and the circles chart."""

import datetime as dt

import pandas as pd

from toolkit.core import chart_style
from toolkit.core.model import TABLE_DTYPES
from toolkit.i18n import t
from toolkit.map import charts
from toolkit.map.overview import overview
from toolkit.map.screens.displays import summary_html

TODAY = dt.date(2026, 9, 15)


def _frame(table, rows):
    frame = pd.DataFrame(rows, columns=list(TABLE_DTYPES[table]))
    return frame.astype(TABLE_DTYPES[table])


def _network():
    contacts = _frame(
        "contacts",
        [
            {"id": 1, "display_name": "A", "circle": 1},
            {"id": 2, "display_name": "B", "circle": 2},
            {"id": 3, "display_name": "C", "circle": 2},
            {"id": 4, "display_name": "D", "circle": None},
        ],
    )
    interactions = _frame(
        "interactions",
        [
            {
                "id": 1,
                "contact_id": 1,
                "date": pd.Timestamp("2026-09-01"),
                "channel": "phone",
                "direction": "gave",
            },
            {
                "id": 2,
                "contact_id": 2,
                "date": pd.Timestamp("2026-08-01"),
                "channel": "email",
                "direction": "received",
            },
            {
                "id": 3,
                "contact_id": 2,
                "date": pd.Timestamp("2025-01-01"),
                "channel": "in_person",
                "direction": "exchange",
            },
        ],
    )
    ties = _frame("ties", [{"contact_a": 1, "contact_b": 2}])
    return contacts, interactions, ties


def test_overview_counts_a_hand_checked_network():
    figures = overview(*_network(), TODAY)
    assert figures.contacts == 4 and figures.described == 3
    assert figures.per_circle == {1: 1, 2: 2, 3: 0, 4: 0, 5: 0}
    assert figures.recent_interactions == 2  # the 2025 one is older than six months
    assert figures.recent_real_share == 0.5
    assert figures.ties == 1


def test_overview_of_an_empty_workspace():
    empty = [_frame(table, []) for table in ("contacts", "interactions", "ties")]
    figures = overview(*empty, TODAY)
    assert figures.contacts == figures.described == figures.recent_interactions == 0
    assert figures.recent_real_share is None
    assert sum(figures.per_circle.values()) == 0


def test_circle_chart_carries_the_counts_and_the_capacities():
    figure = charts.circle_sizes(overview(*_network(), TODAY))
    bars, capacity = figure.data
    assert list(bars.y) == [1, 2, 0, 0, 0]
    # with two people at most, only the first circle's capacity fits on the axis...
    assert list(capacity.y) == [5]
    # ...every capacity is written under its circle
    for circle, holds in zip(bars.x, (5, 15, 50, 150), strict=False):
        assert circle.endswith(t("charts.circle_sizes.holds", n=holds))
    assert figure.layout.title.text == t("charts.circle_sizes.title")
    assert figure.layout.title.subtitle.text == t("charts.circle_sizes.undescribed", count=1)
    assert figure.layout.template.layout.font.family == chart_style.FONT


def test_summary_card_escapes_names():
    card = summary_html("<script>alert(1)</script>", overview(*_network(), TODAY))
    assert "<script>" not in card and "&lt;script&gt;" in card
    assert t("summary.ties", count=1) in card


def test_a_display_without_workspace_says_how_to_open_one_then_follows(tmp_path, monkeypatch):
    from toolkit.core.screens import live
    from toolkit.core.session import Session
    from toolkit.map.screens import displays

    shown = []

    class Handle:
        def update(self, bundle, raw):
            shown.append(bundle)

    def fake_display(bundle, raw, display_id):
        shown.append(bundle)
        return Handle()

    monkeypatch.setattr(live, "display", fake_display)
    session = Session()
    displays.show_summary(session)
    assert shown[0]["text/plain"] == t("summary.no_workspace")
    session.open(tmp_path / "w.sqlite", create=True, participant="Zoé")
    assert shown[-1]["text/plain"] == t("summary.heading", title="Zoé")
