"""The ``Network`` value: a workspace's tables as read at one moment. No I/O, no figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Network:
    """A workspace's tables as read at one moment, and its "today"."""

    contacts: pd.DataFrame
    interactions: pd.DataFrame
    ties: pd.DataFrame
    asks: pd.DataFrame
    today: dt.date
    snapshots: pd.DataFrame | None = None
    interviews: pd.DataFrame | None = None
    referrals: pd.DataFrame | None = None


def network_on(network: Network, day: dt.date) -> Network:
    """The network as it stood on ``day``: what was added or happened later is left out."""
    end = pd.Timestamp(day)
    contacts = network.contacts[
        network.contacts["added_on"].isna() | (network.contacts["added_on"] <= end)
    ]
    kept = contacts["id"]
    ties = network.ties[network.ties["contact_a"].isin(kept) & network.ties["contact_b"].isin(kept)]
    return Network(
        contacts,
        network.interactions[
            (network.interactions["date"] <= end) & network.interactions["contact_id"].isin(kept)
        ],
        ties,
        network.asks[network.asks["created_on"] <= end],
        day,
    )
