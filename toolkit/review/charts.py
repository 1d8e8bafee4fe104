"""Every chart a participant can see by name, gathered from the steps (notebooks, report)."""

from __future__ import annotations

import plotly.graph_objects as go

from toolkit.core.network import Network
from toolkit.health import charts as health_charts
from toolkit.interviews import charts as interview_charts
from toolkit.map import charts as map_charts

# Every chart a notebook can show by name, drawn from a workspace's tables.
BY_NAME = {**map_charts.CHARTS, **health_charts.CHARTS, **interview_charts.CHARTS}


def chart(name: str, network: Network) -> go.Figure:
    """The chart called ``name`` (a key of ``BY_NAME``) for this network."""
    return BY_NAME[name](network)
