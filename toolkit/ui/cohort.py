"""The trainer's cohort dashboard: tables built from anonymised summaries only."""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

from toolkit import cohort
from toolkit.i18n import t


def _table(frame: pd.DataFrame, labels: dict[str, str]) -> str:
    shown = frame.copy()
    if "figure" in shown:
        shown["figure"] = [t(f"cohort.figure.{name}") for name in shown["figure"]]
    if "weak_point" in shown:
        shown["weak_point"] = [t(f"cohort.figure.{name}") for name in shown["weak_point"]]
    shown = shown.rename(columns={c: t(f"cohort.column.{c}") for c in labels})
    return shown.to_html(index=False, escape=True, border=0)


def _section(title_key: str, frame: pd.DataFrame) -> str:
    heading = f"<h3>{html.escape(t(title_key))}</h3>"
    if frame.empty:
        return heading + f"<p>{html.escape(t('cohort.too_few', minimum=cohort.MIN_GROUP))}</p>"
    return heading + _table(frame, dict.fromkeys(frame.columns))


def _ring(summaries: list[dict]) -> str:
    entries = cohort.reciprocity_ring(summaries)
    heading = f"<h3>{html.escape(t('cohort.ring'))}</h3>"
    if not entries:
        return heading + f"<p>{html.escape(t('cohort.ring_empty'))}</p>"
    items = []
    for entry in entries:
        helpers = ", ".join(
            t("cohort.ring_helper", participant=h["participant"], contacts=h["contacts"])
            for h in entry["helpers"]
        ) or t("cohort.ring_nobody")
        items.append(
            "<li>"
            + html.escape(
                t("cohort.ring_ask", participant=entry["participant"], sector=entry["sector"])
            )
            + f"<blockquote>{html.escape(entry['ask'])}</blockquote>"
            + html.escape(t("cohort.ring_helpers", helpers=helpers))
            + "</li>"
        )
    return heading + "<ul>" + "".join(items) + "</ul>"


def show_cohort(folder: str | Path) -> None:
    """Show the cohort's figures from the summaries in ``folder``."""
    display(HTML(cohort_html(cohort.load_summaries(Path(folder)))))


def cohort_html(summaries: list[dict]) -> str:
    """The dashboard: counts, distributions, weak points, before/after, ring; text escaped."""
    people = len(cohort.latest_per_participant(summaries))
    count = t("cohort.count", participants=people, files=len(summaries))
    parts = [
        f"<p><b>{html.escape(count)}</b></p>",
        _section("cohort.distributions", cohort.distributions(summaries)),
        _section("cohort.weak_points", cohort.weak_points(summaries)),
        _section("cohort.before_after", cohort.before_after(summaries)),
        _ring(summaries),
    ]
    return "".join(parts)
