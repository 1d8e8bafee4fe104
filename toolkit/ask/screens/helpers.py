"""Who can help with my latest ask, and through whom (P9); the same people ringed on the egogram."""

from __future__ import annotations

import html

import ipywidgets as widgets
import plotly.graph_objects as go

from toolkit.ask.helpers import Helper, Intermediary, find_helpers, find_intermediaries
from toolkit.ask.progress import SavedAsk, latest_ask
from toolkit.core.screens.base import Screen
from toolkit.core.session import Session
from toolkit.core.store import Workspace
from toolkit.health.figures import recency_status
from toolkit.i18n import get_language, t
from toolkit.map import charts

SHOWN = 8  # helpers listed; the chart rings the same ones


def helpers_of(
    workspace: Workspace, lang: str | None = None, limit: int = SHOWN
) -> tuple[SavedAsk | None, list[Helper], list[Intermediary]]:
    """The latest saved ask, who can help with it, and who could introduce me to the others."""
    lang = lang or get_language()
    ask = latest_ask(workspace.asks())
    if ask is None:
        return None, [], []
    network = workspace.network()
    helpers = find_helpers(
        network.contacts, network.interactions, network.today, ask.text, ask.fields, lang, limit
    )
    through = find_intermediaries(
        helpers, network.contacts, network.interactions, network.ties, lang
    )
    return ask, helpers, through


def helpers_html(ask: SavedAsk | None, helpers: list[Helper], through: list[Intermediary]) -> str:
    """The ask, each helper with their reasons, then "reach X through Y" (all text escaped)."""
    if ask is None:
        return f"<p>{html.escape(t('helpers.no_ask'))}</p>"
    parts = [f"<p><i>{html.escape(t('helpers.quoted_ask', text=ask.text))}</i></p>"]
    if not helpers:
        parts.append(f"<p>{html.escape(t('helpers.none'))}</p>")
    else:
        parts.append(f"<p>{html.escape(t('helpers.intro'))}</p><ol>")
        for helper in helpers:
            how = t("helpers.direct" if helper.direct else "helpers.indirect")
            parts.append(
                f"<li><b>{html.escape(helper.name)}</b> ({html.escape(how)})"
                + html.escape(t("helpers.reasons_follow") + ", ".join(helper.reasons))
                + ".</li>"
            )
        parts.append("</ol>")
    parts.append(f"<h4>{html.escape(t('helpers.through_title'))}</h4>")
    if through:
        items = "".join(f"<li>{html.escape(i.reason)}</li>" for i in through)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(f"<p>{html.escape(t('helpers.through_none'))}</p>")
    return "".join(parts)


def helpers_chart(workspace: Workspace) -> go.Figure:
    """The egogram with the latest ask's candidate helpers ringed."""
    _, helpers, _ = helpers_of(workspace)
    network = workspace.network()
    status = recency_status(network.contacts, network.interactions, network.today)
    return charts.egogram(
        network.contacts,
        status,
        highlight=[h.contact_id for h in helpers],
        highlight_name=t("helpers.chart_name"),
    )


class HelperFinder(Screen):
    """The ranked helpers and intermediaries of the latest saved ask; follows the workspace.

    Public action: ``refresh()`` (also run after every change, e.g. a newly saved ask).
    """

    def __init__(self, session: Session) -> None:
        self._list = widgets.HTML()
        self.helpers: list[Helper] = []
        self.intermediaries: list[Intermediary] = []
        super().__init__(
            session,
            "helper-finder",
            [widgets.HTML(f"<h3>{html.escape(t('helpers.title'))}</h3>"), self._list],
        )
        self.refresh()

    @property
    def shown_html(self) -> str:
        """What the screen shows now."""
        return self._list.value

    def refresh(self) -> list[Helper]:
        """Search again from the latest saved ask; the helpers found."""
        if self.session.workspace is None:
            self._list.value = f"<p>{html.escape(t('summary.no_workspace'))}</p>"
            return []
        ask, self.helpers, self.intermediaries = helpers_of(self.session.workspace)
        self._list.value = helpers_html(ask, self.helpers, self.intermediaries)
        return self.helpers

    def _workspace_changed(self) -> None:
        self.refresh()
