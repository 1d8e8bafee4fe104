"""The trainer's cohort dashboard: charts, their exact numbers and the reciprocity ring, built
from anonymised summaries only. Every piece of participant text is escaped."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from IPython.display import display

from toolkit.cohort import charts as cohort_charts
from toolkit.cohort import summaries as cohort
from toolkit.core.model import Circle, label
from toolkit.i18n import decimal, get_language, t

SECTIONS = ("count", "distributions", "circles", "weak_points", "before_after", "ring")
CARD = "flex:1 1 22em;border-left:6px solid #0072B2;padding:0.3em 1em;background:#F5F7FA"


def _bundle(markup: str) -> dict:
    return {"text/html": markup}


def _paragraph(key: str, **params: object) -> str:
    return f"<p>{html.escape(t(key, **params))}</p>"


def table_html(frame: pd.DataFrame) -> str:
    """A cohort table with localised column and figure names (every cell escaped)."""
    shown = frame.copy()
    for column in ("figure", "weak_point"):
        if column in shown:
            shown[column] = [t(f"cohort.figure.{name}") for name in shown[column]]
    if "circle" in shown:
        shown["circle"] = [label(Circle(c)) for c in shown["circle"]]
    shown = shown.rename(columns={c: t(f"cohort.column.{c}") for c in shown.columns})
    # Figures come rounded to 2 places; written as the trainer reads them ("0,25" in French).
    return shown.to_html(
        index=False, escape=True, border=0, float_format=lambda value: decimal(value, 2)
    )


def _exact_numbers(frame: pd.DataFrame) -> str:
    """The chart's numbers, folded under it for the trainer who wants them exactly."""
    summary = html.escape(t("cohort.exact_numbers"))
    return f"<details><summary>{summary}</summary>{table_html(frame)}</details>"


def _charted(
    summaries: list[dict],
    title_key: str,
    table: Callable[[list[dict]], pd.DataFrame],
    chart: Callable[[list[dict]], go.Figure | None],
    empty_key: str = "cohort.too_few",
) -> list[dict]:
    """A heading, then the chart and its numbers, or one sentence saying why nothing is shown."""
    heading = _bundle(f"<h3>{html.escape(t(title_key))}</h3>")
    figure = chart(summaries)
    if figure is None:
        enough = len(cohort.latest_per_participant(summaries)) >= cohort.MIN_GROUP
        key = empty_key if enough else "cohort.too_few"
        return [heading, _bundle(_paragraph(key, minimum=cohort.MIN_GROUP))]
    return [heading, figure._repr_mimebundle_(), _bundle(_exact_numbers(table(summaries)))]


def ring_html(summaries: list[dict]) -> str:
    """The reciprocity ring as cards: who asks (alias or code), the sector, the ask, who can
    help and with how many contacts there; a line on how to run the round."""
    entries = cohort.reciprocity_ring(summaries)
    heading = f"<h3>{html.escape(t('cohort.ring'))}</h3>"
    if len(cohort.latest_per_participant(summaries)) < cohort.MIN_GROUP:
        return heading + _paragraph("cohort.too_few", minimum=cohort.MIN_GROUP)
    if not entries:
        return heading + _paragraph("cohort.ring_empty")
    cards = []
    for entry in entries:
        helpers = "".join(
            f"<li><b>{html.escape(h['participant'])}</b> — "
            f"{html.escape(t('cohort.ring_contacts', count=h['contacts']))}</li>"
            for h in entry["helpers"]
        )
        helped = (
            f"{_paragraph('cohort.ring_helpers')}<ul style='margin-top:0'>{helpers}</ul>"
            if helpers
            else _paragraph("cohort.ring_nobody")
        )
        sector = cohort.sector_label(entry["sector"])
        cards.append(
            f"<div style='{CARD}'>"
            f"<p style='font-size:1.15em;margin:0.3em 0'><b>{html.escape(entry['participant'])}"
            f"</b> · {html.escape(t('cohort.ring_sector', sector=sector))}</p>"
            f"<blockquote style='margin:0.4em 0 0.4em 0.5em;font-style:italic'>"
            f"{html.escape(entry['ask'])}</blockquote>{helped}</div>"
        )
    return (
        heading
        + _paragraph("cohort.ring_how")
        + f"<div style='display:flex;flex-wrap:wrap;gap:1em'>{''.join(cards)}</div>"
    )


def section_bundles(summaries: list[dict], section: str) -> list[dict]:
    """The outputs (MIME bundles) of one dashboard section, one of ``SECTIONS``."""
    if section == "count":
        people = len(cohort.latest_per_participant(summaries))
        count = cohort.count_line(people, len(summaries))
        return [_bundle(f"<p><b>{html.escape(count)}</b></p>")]
    if section == "distributions":
        return _charted(
            summaries, "cohort.distributions", cohort.distributions, cohort_charts.spread
        )
    if section == "circles":
        return _charted(
            summaries, "cohort.circles", cohort.circle_distributions, cohort_charts.circles
        )
    if section == "weak_points":
        return _charted(
            summaries,
            "cohort.weak_points",
            cohort.weak_points,
            cohort_charts.weak_bars,
            empty_key="cohort.no_weak_point",
        )
    if section == "before_after":
        return _charted(
            summaries, "cohort.before_after", cohort.before_after, cohort_charts.before_after
        )
    if section == "ring":
        return [_bundle(ring_html(summaries))]
    raise ValueError(f"unknown section {section!r}; expected one of {SECTIONS}")


def show_cohort(folder: str | Path, *sections: str) -> None:
    """Show the cohort dashboard from the summaries in ``folder``: every section, or only the
    ones named (see ``SECTIONS``), in the order given.

    A folder may hold the same cohort written in another language in a subfolder named after
    it (the demo cohort's ``en/``, whose asks are in English): that one is shown in that language.
    """
    folder = Path(folder)
    if (folder / get_language()).is_dir():
        folder = folder / get_language()
    summaries, skipped = cohort.load_cohort(folder)
    if skipped:  # said once, above everything: the rest of the dashboard is drawn without them
        display(_bundle(_paragraph("cohort.skipped", files=", ".join(skipped))), raw=True)
    for section in sections or SECTIONS:
        for bundle in section_bundles(summaries, section):
            # Raw bundles: plotly's JSON as JupyterLab's own renderer reads it, offline.
            display(bundle, raw=True)
