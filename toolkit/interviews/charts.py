"""Charts of informational interviews (step 5): pipeline, answer rates, who led me to whom. Pure."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from toolkit.core.chart_style import (
    PALETTE,
    empty_chart,
    finish,
    plain,
    text_on,
)
from toolkit.core.model import (
    TABLE_DTYPES,
    Channel,
    label,
)
from toolkit.core.network import Network
from toolkit.i18n import t
from toolkit.interviews import meetings


def pipeline(result: meetings.Funnel) -> go.Figure:
    """From meetings asked for to opportunities: how many reach each stage."""
    if result.empty:
        return empty_chart("pipeline")
    rows = meetings.stage_rows(result)
    figure = go.Figure(
        go.Funnel(
            y=[name for name, _ in rows],
            x=[count for _, count in rows],
            textinfo="value",
            marker={"color": PALETTE[0]},
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    return finish(figure, "pipeline")


def answer_rates(result: meetings.Funnel) -> go.Figure:
    """Answer rate per channel and per approach (warm or cold) beside the ~15 % of cold emails."""
    if result.empty:
        return empty_chart("answer_rates")
    groups = (
        ("channel", result.by_channel, lambda v: label(Channel(v)), PALETTE[0]),
        ("approach", result.by_approach, lambda v: t(f"charts.answer_rates.{v}"), PALETTE[2]),
    )
    figure = go.Figure(
        [
            go.Bar(
                x=[name(v) for v in frame[column]],
                y=frame["rate"].round(3).tolist(),
                text=[f"{a}/{n}" for a, n in zip(frame["answered"], frame["asked"], strict=True)],
                textposition="outside",
                name=t(f"charts.answer_rates.{column}"),
                marker_color=colour,
                hovertemplate="%{x}: %{text}<extra></extra>",
            )
            for column, frame, name, colour in groups
        ]
    )
    reference = {"dash": "dash", "color": PALETTE[5], "width": 3}
    figure.add_hline(y=result.reference_rate, line=reference)
    # the reference is named in the legend: written on the line, it ran over the first bar
    figure.add_trace(
        go.Scatter(
            x=[None], y=[None], mode="lines", line=reference,
            name=t("charts.answer_rates.reference"), hoverinfo="skip",
        )
    )  # fmt: skip
    return finish(
        figure,
        "answer_rates",
        yaxis_title=t("charts.answer_rates.y"),
        yaxis={"tickformat": ".0%", "range": [0, 1.15]},
    )


def referral_tree(nodes: list[meetings.TreeNode]) -> go.Figure:
    """Who led me to whom: me at the root, my first contacts, then everyone they introduced."""
    if not nodes:
        return empty_chart("referral_tree")
    me = t("charts.referral_tree.me")
    generation = {0: 0}
    for node in nodes:  # parents come first: one pass gives each person's distance from me
        generation[node.contact_id] = generation.get(node.parent, 0) + 1
    colours = [PALETTE[7], *(PALETTE[(generation[n.contact_id] - 1) % 6] for n in nodes)]
    figure = go.Figure(
        go.Icicle(
            ids=["0", *(str(n.contact_id) for n in nodes)],
            labels=[plain(me), *(plain(n.name) for n in nodes)],
            parents=["", *(str(n.parent) for n in nodes)],
            tiling={"orientation": "h"},
            marker={"colors": colours},
            leaf={"opacity": 1},  # plotly fades leaves by default: the text lost its contrast
            # each name in the colour that reads on its box (AA): white on black and dark blue
            textfont={"color": [text_on(c) for c in colours]},
            hovertemplate="%{label}<extra></extra>",
        )
    )
    return finish(figure, "referral_tree", margin={"l": 10, "r": 10, "t": 80, "b": 10})


def interview_tables(network: Network) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The network's interviews and referrals; empty tables when it was read without them."""

    def table(frame: pd.DataFrame | None, name: str) -> pd.DataFrame:
        if frame is not None:
            return frame
        dtypes = TABLE_DTYPES[name]
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in dtypes.items()})

    return table(network.interviews, "interviews"), table(network.referrals, "referrals")


def funnel_of(network: Network) -> meetings.Funnel:
    """The interview pipeline of this network (step 5)."""
    asked, referred = interview_tables(network)
    return meetings.funnel(asked, referred, network.interactions)


def _tree_of(network: Network) -> go.Figure:
    asked, referred = interview_tables(network)
    return referral_tree(meetings.referral_tree(referred, network.contacts, asked))


# Interview charts a notebook can show by name, drawn from a workspace's tables.
CHARTS = {
    "pipeline": lambda n: pipeline(funnel_of(n)),
    "answer_rates": lambda n: answer_rates(funnel_of(n)),
    "referral_tree": _tree_of,
}
