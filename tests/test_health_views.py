"""Health where participants see it: the CLI, the cards, progress between snapshots."""

import datetime as dt
import json

import pandas as pd
import pytest

from toolkit import cli, demo
from toolkit.core.network import network_on
from toolkit.core.session import Session
from toolkit.health import figures as health
from toolkit.health.figures import network_report
from toolkit.health.screens.displays import health_html, progress_html
from toolkit.i18n import t
from toolkit.review.screens.snapshot import SnapshotSaver


@pytest.fixture(scope="module")
def marc(tmp_path_factory):
    path = tmp_path_factory.mktemp("marc") / "marc.sqlite"
    demo.create_persona("marc", path).close()
    return path


def test_health_json_has_the_promised_figures(marc, capsys):
    assert cli.main(["health", "--workspace", str(marc), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    for key in ("contacts", "per_circle", "dormant_share", "knows_me_share", "give_take_ratio",
                "real_channel_share"):  # fmt: skip
        assert key in figures
    assert figures["contacts"] == 1000
    # Marc's story: most contacts do not know him, and he mostly writes.
    assert figures["knows_me_share"] < 0.2 and figures["real_channel_share"] < 0.35


def test_health_text_answers_the_four_questions_in_the_chosen_language(marc, capsys):
    assert cli.main(["--lang", "en", "health", "--workspace", str(marc)]) == 0
    out = capsys.readouterr().out
    for key in ("think_of_me", "know_me", "want_to_help", "know_how_to_help"):
        assert t(f"health.{key}.title", "en") in out
    assert "Marc" in out.splitlines()[0]


def test_a_snapshot_is_saved_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "s.sqlite"
    demo.create_persona("sophie", path).close()
    assert cli.main(["health", "--workspace", str(path), "--snapshot", "fin de séance"]) == 0
    from toolkit.core.store import open_workspace

    with open_workspace(path) as workspace:
        snapshots = workspace.snapshots()
    assert snapshots["label"].tolist()[-1] == "fin de séance"
    assert json.loads(snapshots["figures"].iloc[-1])["contacts"] == 80


def test_network_on_an_earlier_day_leaves_later_things_out(tmp_path):
    with demo.create_persona("cecile", tmp_path / "c.sqlite") as workspace:
        network = workspace.network()
    day = demo.REFERENCE_DATE - dt.timedelta(days=200)
    earlier = network_on(network, day)
    assert earlier.today == day
    assert (earlier.interactions["date"] <= pd.Timestamp(day)).all()
    assert len(earlier.interactions) < len(network.interactions)
    assert (earlier.contacts["added_on"].dropna() <= pd.Timestamp(day)).all()
    assert earlier.ties["contact_a"].isin(earlier.contacts["id"]).all()


def test_the_personas_have_a_before_and_after_snapshot(tmp_path):
    with demo.create_persona("cecile", tmp_path / "c.sqlite") as workspace:
        snapshots = workspace.snapshots()
        current = network_report(workspace.network()).figures()
    assert len(snapshots) == 2
    assert json.loads(snapshots["figures"].iloc[-1]) == current
    page = progress_html(snapshots)
    assert t("health.figures.dormant_share") in page and "avant l&#x27;atelier" in page


def test_progress_needs_two_snapshots(tmp_path):
    empty = pd.DataFrame({"taken_on": [], "label": [], "figures": []})
    assert progress_html(empty) == f"<p>{t('health.progress.no_snapshots')}</p>".replace(
        "'", "&#x27;"
    )


def test_progress_table_reads_like_the_cards():
    snapshots = pd.DataFrame(
        {
            "taken_on": pd.to_datetime(["2026-06-15", "2026-09-15"]),
            "label": ["avant", "après"],
            "figures": [
                json.dumps({"contacts": 142, "dormant_share": 0.421, "give_take_ratio": 0.891}),
                json.dumps({"contacts": 150, "dormant_share": 0.30, "give_take_ratio": 0.889}),
            ],
        }
    )
    page = progress_html(snapshots)
    rows = {r.split("</td>")[0]: r for r in page.split("<tr><td>")[1:]}
    contacts = rows[t("health.figures.contacts")]
    assert "<td>142</td><td>150</td>" in contacts and "142,00" not in page
    dormant = rows[t("health.figures.dormant_share")]
    assert "<td>42\u202f%</td><td>30\u202f%</td>" in dormant
    ratio = rows[t("health.figures.give_take_ratio")]
    assert "<td>0,89</td><td>0,89</td>" in ratio and t("health.progress.same") in ratio


def test_health_cards_show_every_component(marc):
    from toolkit.core.store import open_workspace

    with open_workspace(marc) as workspace:
        page = health_html(network_report(workspace.network()))
    for key in health.COMPONENTS:
        assert t(f"health.{key}.title").replace("'", "&#x27;") in page


def test_the_snapshot_button_saves_and_refreshes(tmp_path):
    session = Session()
    session.open(tmp_path / "z.sqlite", create=True, participant="Zoé")
    refreshed = []
    session.watch("test", lambda: refreshed.append(True))
    saver = SnapshotSaver(session)
    saver.save("  <b>avant</b> ")
    snapshots = session.workspace.snapshots()
    assert snapshots["label"].tolist() == ["<b>avant</b>"]
    assert "&lt;b&gt;avant&lt;/b&gt;" in saver._status.value
    assert refreshed == [True]
    saver.save("")
    assert session.workspace.snapshots()["label"].tolist()[-1] == t("ui.snapshot.default_label")
