"""The plan as a calendar (read back by a second, independent parser), a spreadsheet, the CLI."""

import csv
import datetime as dt
import io

import icalendar
import ics
import pytest

from toolkit import cli, i18n
from toolkit.core.errors import ValidationError
from toolkit.core.model import Channel, Circle, Contact, Direction, Interaction
from toolkit.core.store import open_workspace
from toolkit.plan import export as plan_export
from toolkit.plan import followups
from toolkit.plan.followups import Item, spread

TODAY = dt.date(2026, 9, 15)
TRICKY = 'Zoé, N\'Diaye; "la Grande"\nsecond line \\ end'


def _plan(today=TODAY, names=("Ana", TRICKY, "Bea"), gap=0, weeks=4):
    items = [
        Item(f"cadence:{n}:2026-08-01", n, name, 2, "cadence", today + dt.timedelta(days=gap * n),
             Channel.PHONE, (("cadence", 30), ("circle", 2), ("date", dt.date(2026, 8, 1)),
                             ("days", 45)))
        for n, name in enumerate(names)
    ]  # fmt: skip
    return spread(items, today, capacity=5, weeks=weeks)


def _events(data: bytes):
    return sorted(ics.Calendar(data.decode("utf-8")).events, key=lambda e: e.begin)


def test_ics_round_trips_through_an_independent_parser():
    plan = _plan()
    events = _events(plan_export.to_ics(plan, lang="en"))
    assert len(events) == 3
    assert [e.name for e in events] == [i.action("en") for i in plan.items]
    assert TRICKY in events[1].name  # commas, semicolons, quotes, new lines survive
    assert events[0].description.startswith("Last exchange on Saturday, 1 August 2026")
    assert "Suggested channel: phone" in events[0].description
    # 9:00 Paris summer time, then the next half hour
    assert [e.begin.isoformat() for e in events[:2]] == [
        "2026-09-15T09:00:00+02:00",
        "2026-09-15T09:30:00+02:00",
    ]
    assert all(e.duration == dt.timedelta(minutes=30) for e in events)


def test_ics_text_is_localised():
    plan = _plan()
    french = _events(plan_export.to_ics(plan, lang="fr"))
    assert french[0].name == "Prendre des nouvelles d'Ana"  # elided before a vowel
    assert "samedi 1er août 2026" in french[0].description
    calendar = icalendar.Calendar.from_ical(plan_export.to_ics(plan, lang="fr"))
    assert calendar["x-wr-calname"] == "Mes relances — Atelier Réseau"


def test_uids_are_stable_so_re_exporting_updates_instead_of_duplicating():
    first = _events(plan_export.to_ics(_plan(), namespace="zoe"))
    again = _events(plan_export.to_ics(_plan(), namespace="zoe"))
    assert [e.uid for e in first] == [e.uid for e in again]
    assert len({e.uid for e in first}) == 3
    moved = _plan(today=TODAY + dt.timedelta(days=3))  # same items, another day
    assert {e.uid for e in _events(plan_export.to_ics(moved, namespace="zoe"))} == {
        e.uid for e in first
    }
    other = _events(plan_export.to_ics(_plan(), namespace="marc"))
    assert not {e.uid for e in other} & {e.uid for e in first}


def test_local_time_holds_across_the_autumn_clock_change():
    plan = _plan(today=dt.date(2026, 10, 21), names=("A", "B"), gap=5, weeks=2)
    events = _events(plan_export.to_ics(plan))
    utc = [e.begin.to("UTC").strftime("%Y-%m-%d %H:%M") for e in events]
    assert utc == ["2026-10-21 07:00", "2026-10-26 08:00"]  # 9:00 in Paris both days
    calendar = icalendar.Calendar.from_ical(plan_export.to_ics(plan))
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["tzid"] == "Europe/Paris"


def test_time_zone_is_configurable_and_checked():
    events = _events(plan_export.to_ics(_plan(), timezone="America/Montreal"))
    assert events[0].begin.isoformat() == "2026-09-15T09:00:00-04:00"
    for bad in ("Mars/Base", "", "../etc/passwd", "Europe"):
        with pytest.raises(ValidationError):
            plan_export.to_ics(_plan(), timezone=bad)


def test_many_follow_ups_on_one_day_stay_within_working_hours():
    plan = spread(
        [Item(f"c:{n}", n, f"P{n}", 2, "cadence", TODAY, None) for n in range(30)],
        TODAY,
        capacity=30,
    )
    times = [start.time() for _, start in plan_export.slots(plan, plan_export.time_zone("UTC"))]
    assert max(times) == dt.time(17, 30)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_never_run_as_formulas(start):
    name = f'{start}HYPERLINK("http://x")'
    rows = list(csv.reader(io.StringIO(plan_export.to_csv(_plan(names=(name,)), "en"))))
    assert rows[0][:3] == ["date", "due", "contact"]
    assert rows[1][2] == "'" + name
    assert all(not cell.startswith(plan_export.FORMULA_STARTS) for row in rows for cell in row)


def test_csv_is_semicolon_separated_in_french_and_keeps_text_whole():
    rows = list(csv.reader(io.StringIO(plan_export.to_csv(_plan(), "fr")), delimiter=";"))
    assert rows[0][0] == "date" and rows[0][6] == "pourquoi"
    assert rows[2][2] == TRICKY
    assert len(rows) == 4


# -- the command ---------------------------------------------------------------------------------


@pytest.fixture
def workspace_path(tmp_path, monkeypatch):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path / "ws"))
    path = tmp_path / "zoe.sqlite"
    with open_workspace(path, create=True) as ws:
        ws.set_meta({"today": TODAY.isoformat()})
        [a, b] = ws.add_contacts(
            [Contact("=cmd|' /C calc'!A0", circle=Circle.CLOSE), Contact("Hélène", circle=1)]
        )
        ws.add_interactions(
            [
                Interaction(a, dt.date(2026, 9, 12), Channel.EMAIL, Direction.EXCHANGE),
                Interaction(b, dt.date(2026, 8, 1), Channel.PHONE, Direction.EXCHANGE),
            ]
        )
    yield path
    i18n.set_language("fr")


def test_cli_plan_prints_and_writes_calendar_and_spreadsheet(workspace_path, tmp_path, capsys):
    ics_path, csv_path = tmp_path / "plan.ics", tmp_path / "plan.csv"
    argv = ["plan", "--workspace", str(workspace_path), "--weeks", "2", "--lang", "en"]
    assert cli.main([*argv, "--ics", str(ics_path), "--csv", str(csv_path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("This week\n") and "Call =cmd" in out and "Hélène" in out
    assert "Written:" in err
    assert [e.name for e in _events(ics_path.read_bytes())] == [
        "Send Hélène some news, asking nothing",
        "Call =cmd|' /C calc'!A0",
    ]
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert "\n2026-09-16,2026-09-16,'=cmd" in text.replace("\r\n", "\n")


def test_cli_plan_uses_the_workspace_settings(workspace_path, tmp_path, capsys):
    settings = followups.Settings().with_capacity(1).with_timezone("Asia/Tokyo")
    with open_workspace(workspace_path) as ws:
        ws.set_meta(settings.to_meta())
    ics_path = tmp_path / "p.ics"
    argv = ["--lang", "en", "plan", "--workspace", str(workspace_path), "--ics", str(ics_path)]
    assert cli.main(argv) == 0
    assert "at most 1 a week" in capsys.readouterr().out
    assert b"TZID=Asia/Tokyo" in ics_path.read_bytes()


def test_cli_plan_cadence_option_changes_the_rhythm_for_this_plan(workspace_path, capsys):
    argv = ["--lang", "en", "plan", "--workspace", str(workspace_path), "--cadence", "1=60"]
    assert cli.main(argv) == 0
    assert "every 60 days" in capsys.readouterr().out
    with open_workspace(workspace_path) as ws:  # not saved: the workspace keeps its own
        assert followups.settings_from_meta(ws.meta()).cadence_days[1] == 14


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--weeks", "0", "number of weeks"),
        ("--weeks", "many", "number of weeks"),
        ("--capacity", "-3", "follow-ups a week"),
        ("--timezone", "Paris", "time zone"),
        ("--cadence", "5=30", "Circle 5"),
        ("--cadence", "x=30", "Circle x"),
        ("--cadence", "2=0", "rhythm"),
    ],
)
def test_cli_plan_bad_input_is_one_localised_line_and_exit_2(
    workspace_path, tmp_path, capsys, option, value, words
):
    target = tmp_path / "never.ics"
    argv = ["plan", "--workspace", str(workspace_path), option, value, "--ics", str(target)]
    assert cli.main([*argv, "--lang", "en"]) == cli.EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and words in err
    assert not target.exists()


def test_cli_plan_without_workspace_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path / "ws"))
    assert cli.main(["plan"]) == cli.EXIT_BAD_INPUT
    assert "--workspace" in capsys.readouterr().err
