"""Network health at scale: every metric at 30,000 contacts / 100,000 interactions, chart weight,
and the refresh after one change at 1,000 contacts (targets: 0.5 s, 2 MB, 100 ms).

Times are medians of a few runs, with a baseline measured in the same run: one pandas
``groupby`` over the same interactions (the least any recency figure must do).
"""

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import timing

from toolkit import demo
from toolkit.core.model import TABLE_DTYPES, Channel, Direction, Interaction
from toolkit.core.network import Network
from toolkit.review import charts

TODAY = dt.date(2026, 9, 15)
RUNS = 5


def median_seconds(action) -> float:
    return timing.median_seconds(action, RUNS)


def synthetic_network(contacts: int, interactions: int, ties: int, seed: int = 7) -> Network:
    rng = np.random.default_rng(seed)
    ids = np.arange(1, contacts + 1)
    sectors = np.array(["Luxe", "Banque", "Santé", "Industrie", "Numérique", "Conseil"])
    people = pd.DataFrame(
        {
            "id": ids,
            "display_name": [f"Contact {i}" for i in ids],
            "company": "",
            "position": "",
            "sector": sectors[rng.integers(0, len(sectors), contacts)],
            "email": "",
            "phone": "",
            "profile_url": "",
            "circle": rng.choice(
                [1, 2, 3, 4, 5, None], contacts, p=[0.01, 0.02, 0.05, 0.12, 0.6, 0.2]
            ),
            "relation": rng.choice(["peer", "above", "below", "outside", None], contacts),
            "knows_me": rng.choice(["yes", "a_little", "no", None], contacts),
            "network_type": rng.choice(["operational", "personal", "strategic", None], contacts),
            "how_met": "",
            "source": rng.choice(["manual", "linkedin"], contacts),
            "notes": "",
            "added_on": pd.Timestamp(TODAY) - pd.to_timedelta(rng.integers(0, 3000, contacts), "D"),
        }
    ).astype(TABLE_DTYPES["contacts"])
    exchanges = pd.DataFrame(
        {
            "id": np.arange(1, interactions + 1),
            "contact_id": rng.integers(1, contacts + 1, interactions),
            "date": pd.Timestamp(TODAY) - pd.to_timedelta(rng.integers(0, 730, interactions), "D"),
            "channel": rng.choice([c.value for c in Channel], interactions),
            "direction": rng.choice([d.value for d in Direction], interactions),
            "kind": None,
            "notes": "",
        }
    ).astype(TABLE_DTYPES["interactions"])
    a, b = rng.integers(1, contacts + 1, ties), rng.integers(1, contacts + 1, ties)
    pairs = pd.DataFrame({"contact_a": np.minimum(a, b), "contact_b": np.maximum(a, b)})
    pairs = pairs[pairs["contact_a"] != pairs["contact_b"]].drop_duplicates()
    empty_asks = pd.DataFrame(columns=list(TABLE_DTYPES["asks"])).astype(TABLE_DTYPES["asks"])
    return Network(people, exchanges, pairs.astype(TABLE_DTYPES["ties"]), empty_asks, TODAY)


def at_scale() -> None:
    network = synthetic_network(30_000, 100_000, 50_000)
    baseline = median_seconds(lambda: network.interactions.groupby("contact_id")["date"].max())
    metrics = median_seconds(network.report)
    print("30,000 contacts, 100,000 interactions, 50,000 ties")
    print(f"  baseline (one groupby):       {baseline * 1000:8.1f} ms")
    print(
        f"  every metric (health report): {metrics * 1000:8.1f} ms  "
        f"= {metrics / baseline:5.1f} × baseline   (target ≤ 500 ms)"
    )
    for name in charts.BY_NAME:
        size = len(charts.chart(name, network).to_json())
        print(f"  chart {name:12} {size / 1e6:6.2f} MB of JSON (target < 2 MB)")


def refresh_after_one_change() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        workspace = demo.create_persona("marc", Path(scratch) / "marc.sqlite")
        contact_id = int(workspace.contacts()["id"].iloc[0])

        def log_and_refresh() -> None:
            workspace.add_interactions(
                [Interaction(contact_id, TODAY, Channel.PHONE, Direction.GAVE)]
            )
            network = workspace.network()
            for name in ("egogram", "recency", "give_take"):
                charts.chart(name, network).to_json()

        read = median_seconds(workspace.network)
        cycle = median_seconds(log_and_refresh)
        workspace.close()
    print("1,000 contacts (marc): log one interaction, re-read, redraw 3 affected charts")
    print(f"  baseline (re-read the workspace): {read * 1000:7.1f} ms")
    print(
        f"  whole cycle:                      {cycle * 1000:7.1f} ms  "
        f"= {cycle / read:4.1f} × baseline   (target ≤ 100 ms)"
    )


if __name__ == "__main__":
    at_scale()
    refresh_after_one_change()
