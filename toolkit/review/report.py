"""A participant's report: one self-contained page without code, printable on A4. Pure.

Charts carry plotly.js inlined once (the page works offline); every text from the workspace
(names, the ask, reflections, reasons) is escaped, so it shows as typed and never runs.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import plotly.io as pio

from toolkit.core.model import label
from toolkit.core.network import Network
from toolkit.health.figures import COMPONENTS, network_report
from toolkit.health.text import headline
from toolkit.i18n import long_date, t
from toolkit.interviews import meetings as interviews
from toolkit.interviews.charts import funnel_of, interview_tables
from toolkit.plan.export import plan_lines
from toolkit.plan.followups import Plan
from toolkit.review import charts

CHARTS = ("circles", "reciprocity", "recency", "give_take", "channels")
STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; max-width: 60em; margin: 2em auto;
       padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: .2em; } h2 { border-bottom: 3px solid #0072B2; }
.cards { display: flex; flex-wrap: wrap; gap: 1em; }
.card { flex: 1 1 18em; border-top: 5px solid #0072B2; padding: .2em .8em; }
.ask { border-left: 6px solid #009E73; padding: .4em 1em; white-space: pre-wrap; }
.chart, .card, .ask, li { break-inside: avoid; }
.muted { color: #555; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  .chart { page-break-inside: avoid; }
}
"""


@dataclass(frozen=True)
class ReportData:
    """What the report shows, read from one workspace."""

    title: str
    network: Network
    plan: Plan
    reflections: tuple[str, ...]


def _escape(text: object) -> str:
    return html.escape(str(text))


def _health(network: Network) -> str:
    report = network_report(network)
    cards = []
    for key in COMPONENTS:
        component = report.components[key]
        cards.append(
            f"<div class='card'><h3>{_escape(t(f'health.{key}.title'))}</h3>"
            f"<p><b>{_escape(headline(component))}</b></p>"
            f"<p>{_escape(component.explanation())}</p>"
            f"<p>→ {_escape(component.action())}</p></div>"
        )
    return f"<div class='cards'>{''.join(cards)}</div>"


def _chart(name: str, network: Network, with_plotly_js: bool) -> str:
    figure = charts.chart(name, network)
    figure.update_layout(width=760, height=420)
    drawn = pio.to_html(
        figure,
        full_html=False,
        include_plotlyjs=with_plotly_js,
        config={"displayModeBar": False, "staticPlot": True},
        div_id=f"chart-{name}",
    )
    return f"<div class='chart'>{drawn}</div>"


def _charts(network: Network) -> str:
    # plotly.js is inlined with the first chart, once for every chart of the page
    return "".join(_chart(name, network, index == 0) for index, name in enumerate(CHARTS))


def _interviews(network: Network) -> str:
    """Step 5: the pipeline, the interviews still to hold and the names obtained."""
    if funnel_of(network).empty:
        return f"<p class='muted'>{_escape(t('report.no_interviews'))}</p>"
    asked, referred = interview_tables(network)
    pending = [
        t(
            "report.pending_answered" if item.answered else "report.pending",
            name=item.name,
            day=long_date(item.asked_on),
            channel=label(item.channel),
        )
        for item in interviews.pending_interviews(asked, network.contacts)
    ]
    names = [
        t("report.name_obtained", name=name, by=by)
        for name, by in interviews.names_obtained(referred, network.contacts)
    ]
    return (
        _chart("pipeline", network, with_plotly_js=False)  # the page inlined it already
        + f"<h3>{_escape(t('report.pending_title'))}</h3>"
        + _list(pending, "report.no_pending")
        + f"<h3>{_escape(t('report.names_title'))}</h3>"
        + _list(names, "report.no_names")
    )


def _ask(network: Network) -> str:
    asks = network.asks
    if asks.empty:
        return f"<p class='muted'>{_escape(t('report.no_ask'))}</p>"
    last = asks.iloc[-1]
    verdict = str(last["verdict"] or "")
    judged = ""
    if verdict:
        sentence = t("report.verdict", verdict=t(f"asks.verdict.{verdict}"), score=last["score"])
        judged = f"<p>{_escape(sentence)}</p>"
    return f"<div class='ask'>{_escape(last['text'])}</div>{judged}"


def _list(lines: list[str] | tuple[str, ...], empty_key: str) -> str:
    if not lines:
        return f"<p class='muted'>{_escape(t(empty_key))}</p>"
    return "<ul>" + "".join(f"<li>{_escape(line)}</li>" for line in lines) + "</ul>"


def report_html(data: ReportData, lang: str) -> str:
    """The whole page, in the participant's language."""
    today = data.network.today.isoformat()
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_escape(t("report.title", title=data.title))}</title>
<style>{STYLE}</style></head>
<body>
<h1>{_escape(t("report.title", title=data.title))}</h1>
<p class="muted">{_escape(t("report.dated", day=today))}</p>
<h2>{_escape(t("report.health"))}</h2>
{_health(data.network)}
{_charts(data.network)}
<h2>{_escape(t("report.ask"))}</h2>
{_ask(data.network)}
<h2>{_escape(t("report.interviews"))}</h2>
{_interviews(data.network)}
<h2>{_escape(t("report.followups"))}</h2>
{_list([line.strip() for line in plan_lines(data.plan)], "report.no_followups")}
<h2>{_escape(t("report.reflections"))}</h2>
{_list(data.reflections, "report.no_reflections")}
</body></html>"""
