"""Anonymised summaries and the trainer's cohort view: figures only, nothing below 3 people."""

import datetime as dt
import json

import pytest

from toolkit import demo
from toolkit.cohort import summaries as cohort
from toolkit.core.errors import ValidationError
from toolkit.core.model import Ask, Channel, Contact, Direction, Interaction
from toolkit.core.store import open_workspace
from toolkit.health.figures import network_report

IDENTIFYING = ("display_name", "company", "position", "email", "phone", "profile_url", "notes")


@pytest.fixture(scope="module")
def cecile(tmp_path_factory):
    path = tmp_path_factory.mktemp("cohort") / "cecile.sqlite"
    demo.create_persona("cecile", path).close()
    return path


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def test_summary_holds_no_identifying_value(cecile):
    with open_workspace(cecile) as ws:
        network, contacts, interactions = ws.network(), ws.contacts(), ws.interactions()
        asks = ws.asks()
    text = json.dumps(cohort.summary(network, "p-1"), ensure_ascii=False)
    values = {str(v) for field in IDENTIFYING for v in contacts[field].dropna() if str(v).strip()}
    values |= {str(v) for v in interactions["notes"].dropna() if len(str(v).strip()) > 3}
    values |= {str(v) for v in asks["text"].dropna()}
    assert len(values) > 150  # the scan really looks at cecile's names, companies, notes...
    leaked = sorted(v for v in values if v in text)
    assert leaked == []


def test_summary_figures_match_health(cecile):
    with open_workspace(cecile) as ws:
        network = ws.network()
    figures = network_report(network).figures()
    summary = cohort.summary(network, "p-1")
    assert summary["contacts"] == figures["contacts"] == 150
    assert summary["per_circle"] == figures["per_circle"]
    assert summary["figures"]["knows_me_share"] == figures["knows_me_share"]
    assert sum(summary["sectors"].values()) == network.contacts["sector"].notna().sum()
    assert set(summary["ask"]) == {"verdict", "score"}  # not the ask's words
    assert "ring" not in summary  # the ask's text leaves only when the participant opts in


def test_ring_is_opt_in_and_counts_only(tmp_path):
    path = tmp_path / "zoe.sqlite"
    with open_workspace(path, create=True) as ws:
        ws.add_contacts([Contact("Jean Secret", sector="Santé"), Contact("Ana", sector="santé ")])
        network = ws.network()
    summary = cohort.summary(network, "p-2", ring={"ask": "Un conseil RH", "sector": "Santé"})
    assert summary["sectors"] == {"sante": 2}
    assert summary["ring"] == {"ask": "Un conseil RH", "sector": "sante"}
    assert "Jean" not in json.dumps(summary)


def test_the_ring_counts_contacts_who_know_me_in_circles_1_to_4(tmp_path):
    with open_workspace(tmp_path / "zoe.sqlite", create=True) as ws:
        ws.add_contacts(
            [
                Contact("Ana", sector="Santé", circle=2, knows_me="yes"),
                Contact("Bea", sector="Santé", circle=4, knows_me="a_little"),
                Contact("Cyr", sector="Santé", circle=5, knows_me="yes"),  # too far
                Contact("Dom", sector="Santé", circle=3, knows_me="no"),  # does not know me
                Contact("Eve", sector="Santé"),  # never described
            ]
        )
        network = ws.network()
    helper = cohort.summary(network, "p-2")
    assert helper["sectors"] == {"sante": 5} and helper["reachable_sectors"] == {"sante": 2}
    asker = _fake("a", "2026-09-15", 0.2, {}, ring={"ask": "Un conseil", "sector": "sante"})
    other = _fake("b", "2026-09-15", 0.2, {})  # three at least, or the ring says nothing
    (entry,) = cohort.reciprocity_ring([asker, helper, other])
    assert cohort.checked_summary(helper)["reachable_sectors"] == {"sante": 2}  # kept on load
    assert entry["helpers"] == [{"participant": cohort.ring_code("p-2"), "contacts": 2}]


def _fake(pid: str, day: str, dormant: float, sectors: dict, ring=None, verdict="vague") -> dict:
    figures = dict.fromkeys(cohort.SHARES, 0.5)
    figures["dormant_share"] = dormant
    item = {
        "format": cohort.FORMAT,
        "participant": pid,
        "taken_on": day,
        "contacts": 10,
        "figures": figures,
        "sectors": sectors,
        "ask": {"verdict": verdict, "score": 40},
    }
    if ring:
        item["ring"] = ring
    return item


def test_fewer_than_three_participants_show_nothing():
    two = [_fake("a", "2026-09-15", 0.2, {}), _fake("b", "2026-09-15", 0.8, {})]
    assert cohort.distributions(two).empty
    assert cohort.weak_points(two).empty
    assert cohort.before_after([*two, _fake("a", "2026-10-15", 0.1, {})]).empty


def test_distributions_weak_points_and_before_after():
    first = [
        _fake(p, "2026-09-15", d, {}) for p, d in zip("abcd", (0.2, 0.6, 0.7, 0.9), strict=True)
    ]
    later = [_fake(p, "2026-10-15", d - 0.1, {}, verdict="precise") for p, d in
             zip("abc", (0.2, 0.6, 0.7), strict=True)]  # fmt: skip
    table = cohort.distributions(first).set_index("figure")
    assert table.loc["dormant_share", "median"] == 0.65
    assert table.loc["dormant_share", "participants"] == 4
    weak = cohort.weak_points(first).set_index("weak_point")
    assert weak.loc["dormant_share", "participants"] == 3
    assert weak.loc["ask_not_precise", "share"] == 1.0
    progress = cohort.before_after(first + later).set_index("figure")
    assert progress.loc["dormant_share", "participants"] == 3
    assert progress.loc["dormant_share", "change"] == -0.1
    # the latest summary counts: three of four participants now have a precise ask
    assert (
        cohort.weak_points(first + later)
        .set_index("weak_point")
        .loc["ask_not_precise", "participants"]
        == 1
    )


def test_reciprocity_ring_lists_who_covers_the_sector():
    ring = {"ask": "Rencontrer une DRH", "sector": "sante"}
    group = [
        _fake("a", "2026-09-15", 0.2, {"sante": 1}, ring=ring),
        _fake("b", "2026-09-15", 0.2, {"sante": 4, "banque": 2}),
        _fake("c", "2026-09-15", 0.2, {"banque": 3}),
        _fake("d", "2026-09-15", 0.2, {"sante": 1}),
    ]
    group[1]["alias"] = "Bea"  # b chose to be known by a first name; the others are codes
    (entry,) = cohort.reciprocity_ring(group)
    assert entry["participant"] == cohort.ring_code("a") and entry["ask"] == "Rencontrer une DRH"
    assert entry["helpers"] == [
        {"participant": "Bea", "contacts": 4},
        {"participant": cohort.ring_code("d"), "contacts": 1},
    ]


def test_ring_codes_are_short_stable_and_easy_to_say():
    codes = {cohort.ring_code(f"{n:016x}") for n in range(30)}
    assert len(codes) == 30  # a room of 30 has no two alike
    assert all(len(c) == 4 and not set(c) & set("01ILO") for c in codes)
    assert cohort.ring_code("demo-1") == cohort.ring_code("demo-1")


def test_alias_is_opt_in_tidied_and_bounded(tmp_path):
    path = tmp_path / "a.sqlite"
    with open_workspace(path, create=True) as ws:
        network = ws.network()
    assert "alias" not in cohort.summary(network, "p")
    assert "alias" not in cohort.summary(network, "p", alias="  \n ")
    assert cohort.summary(network, "p", alias=" Zoé\u0007\n  L. ")["alias"] == "Zoé L."
    with pytest.raises(ValidationError) as refused:
        cohort.summary(network, "p", alias="x" * 31)
    assert "31 caractères" in refused.value.message()


def test_interactions_and_asks_do_not_leak_into_a_small_workspace(tmp_path):
    path = tmp_path / "x.sqlite"
    with open_workspace(path, create=True) as ws:
        (cid,) = ws.add_contacts([Contact("Zed", email="z@ex.org", phone="0601", sector="IT")])
        ws.add_interactions(
            [
                Interaction(
                    cid,
                    dt.date(2026, 9, 1),
                    Channel.EMAIL,
                    Direction.GAVE,
                    notes="<script>x</script>",
                )
            ]
        )
        ws.add_ask(Ask("Une demande privée", dt.date(2026, 9, 2), cid, "vague", 20))
        network = ws.network()
    text = json.dumps(cohort.summary(network, "p"))
    for value in ("Zed", "z@ex.org", "0601", "<script>", "privée"):
        assert value not in text


def test_atelier_summary_writes_figures_only(cecile, tmp_path, capsys):
    from toolkit import cli

    out = tmp_path / "summary.json"
    assert cli.main(["summary", "--workspace", str(cecile), "--out", str(out)]) == 0
    assert "anonyme" in capsys.readouterr().out
    first = json.loads(out.read_text(encoding="utf-8"))
    assert cohort.is_summary(first) and "ring" not in first
    again = tmp_path / "again.json"
    args = ["summary", "--workspace", str(cecile), "--out", str(again), "--share-ask"]
    assert cli.main([*args, "--sector", "Santé"]) == 0
    second = json.loads(again.read_text(encoding="utf-8"))
    assert second["participant"] == first["participant"]  # the same person, two files
    assert second["ring"]["sector"] == "sante"
    code = cohort.ring_code(first["participant"])
    assert f"«\u202f{code}\u202f»" in capsys.readouterr().out  # told how the ring will show them
    named = tmp_path / "named.json"
    assert (
        cli.main(["summary", "--workspace", str(cecile), "--out", str(named), "--alias", "Cé"]) == 0
    )
    assert json.loads(named.read_text(encoding="utf-8"))["alias"] == "Cé"
    assert "«\u202fCé\u202f»" in capsys.readouterr().out


def test_demo_summaries_name_nobody(tmp_path):
    from toolkit.core import workspaces

    folder = workspaces.repo_root() / "workshops" / "cohorte_demo"
    summaries = cohort.load_summaries(folder)
    assert len(summaries) == 6 and len(cohort.latest_per_participant(summaries)) == 3
    text = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.json"))
    demo.create_persona("marc", tmp_path / "marc.sqlite").close()
    with open_workspace(tmp_path / "marc.sqlite") as ws:
        names = set(ws.contacts()["display_name"].dropna()) | set(ws.contacts()["company"].dropna())
    assert [n for n in names if n and n in text] == []
    assert not cohort.before_after(summaries).empty  # two dates, three people
