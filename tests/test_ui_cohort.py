"""The cohort dashboard's sections: charts or the "too few" sentence, and the ring as cards."""

import html

import pandas as pd
import pytest

import toolkit
from tests.test_cohort import _fake
from tests.test_cohort_charts import _group, _later
from toolkit.cohort import summaries as cohort
from toolkit.cohort.screens import dashboard
from toolkit.core import workspaces
from toolkit.i18n import t

PLOTLY = "application/vnd.plotly.v1+json"


def _page(bundles: list[dict]) -> str:
    return "".join(b.get("text/html", "") for b in bundles)


def _charted(summaries: list[dict]) -> list[dict]:
    return [
        bundle
        for section in ("distributions", "circles", "weak_points", "before_after")
        for bundle in dashboard.section_bundles(summaries, section)
    ]


def test_two_participants_get_the_sentence_and_no_chart():
    ring = {"ask": "Rencontrer une DRH", "sector": "sante"}
    two = [_fake("a", "2026-09-15", 0.2, {}, ring=ring), _fake("b", "2026-09-15", 0.8, {})]
    bundles = _charted([*two, _fake("a", "2026-10-15", 0.1, {})])
    assert not any(PLOTLY in b for b in bundles)
    page = _page(bundles)
    assert page.count("Moins de 3 participants") == 4 and "0.2" not in page


def test_three_participants_get_a_chart_and_its_exact_numbers_in_each_section():
    group = _group()[:3]
    bundles = _charted(group + _later(group))
    assert sum(PLOTLY in b for b in bundles) == 4
    page = _page(bundles)
    assert page.count("<details>") == 4 and "Moins de" not in page
    assert t("cohort.column.median") in page  # the quartile table, under its chart


def test_a_group_without_weak_points_is_told_so_not_too_few():
    strong = [_fake(p, "2026-09-15", 0.2, {}, verdict="precise") for p in "abc"]
    for item in strong:
        item["figures"]["give_take_ratio"] = 2.0
    page = _page(dashboard.section_bundles(strong, "weak_points"))
    assert html.escape(t("cohort.no_weak_point")) in page and "Moins de" not in page


def test_ring_cards_escape_the_ask_and_the_alias():
    ring = {"ask": "<script>alert(3)</script> & co", "sector": "sante"}
    group = [
        _fake("a", "2026-09-15", 0.2, {"sante": 1}, ring=ring),
        _fake("b", "2026-09-15", 0.2, {"sante": 4}),
        _fake("c", "2026-09-15", 0.2, {"banque": 3}),
    ]
    group[1]["alias"] = "<img src=x onerror=alert(1)>"
    page = dashboard.ring_html(group)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(3)&lt;/script&gt; &amp; co" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert f"<b>{cohort.ring_code('a')}</b>" in page  # who asked, by their code
    assert t("cohort.ring_contacts", count=4) in page
    assert cohort.ring_code("c") not in page  # no contact in the sector: not listed
    assert html.escape(t("cohort.ring_how")) in page


def test_ring_says_when_nobody_can_help_yet_and_when_nobody_shared():
    ring = {"ask": "Un conseil", "sector": "aeronautique"}
    group = [_fake("a", "2026-09-15", 0.2, {}, ring=ring)] + [
        _fake(p, "2026-09-15", 0.2, {}) for p in "bcd"
    ]
    assert html.escape(t("cohort.ring_nobody")) in dashboard.ring_html(group)
    assert html.escape(t("cohort.ring_empty")) in dashboard.ring_html(group[1:])
    # with two participants, nothing at all: who asked what would be plain (#18)
    too_few = html.escape(t("cohort.too_few", minimum=3))
    assert too_few in dashboard.ring_html(group[:2])


def test_demo_ring_shows_an_alias_and_a_code():
    summaries = cohort.load_summaries(workspaces.repo_root() / "workshops" / "cohorte_demo")
    entries = cohort.reciprocity_ring(summaries)
    shown = {e["participant"] for e in entries} | {
        h["participant"] for e in entries for h in e["helpers"]
    }
    codes = {cohort.ring_code(s["participant"]) for s in summaries}
    aliases = {s["alias"] for s in summaries if s.get("alias")}
    assert len(entries) >= 2
    assert shown & codes and shown & aliases
    page = _page(dashboard.section_bundles(summaries, "ring"))
    assert all(html.escape(e["ask"]) in page for e in entries)


def test_count_and_unknown_section():
    (count,) = dashboard.section_bundles(_group(), "count")
    assert "5 participants, 5 résumés reçus." in count["text/html"]
    with pytest.raises(ValueError, match="unknown section"):
        dashboard.section_bundles(_group(), "everything")


def test_tables_write_decimals_as_the_trainer_reads_them():
    from toolkit.cohort.screens.dashboard import table_html

    frame = pd.DataFrame([{"figure": "dormant_share", "participants": 3, "median": 0.25}])
    assert "0,25" in table_html(frame) and "0.25" not in table_html(frame)
    toolkit.set_language("en")
    try:
        assert "0.25" in table_html(frame)
    finally:
        toolkit.set_language("fr")
