"""The anonymous summary carries no value typed into the workspace; the cohort view shows
nothing below three participants, the ring included; one bad file does not break it (#18)."""

import datetime as dt
import json
import re
import unicodedata

import pytest

from toolkit.cohort import summaries as cohort
from toolkit.core.model import Ask, Channel, Contact, Direction, FollowUp, Interaction
from toolkit.core.store import open_workspace
from toolkit.i18n import t
from toolkit.review import takeaway

TYPED_SECTOR = "Santé: Dr Paul Lemoine 06 12 34 56 78, CHU de Nantes"


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return {w for w in re.split(r"[^a-z0-9]+", plain.lower()) if len(w) >= 4 and not w.isdigit()}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.fixture
def typed(tmp_path):
    """A workspace with something distinctive typed in every free-text place."""
    path = tmp_path / "zoe.sqlite"
    today = dt.date(2026, 9, 15)
    with open_workspace(path, create=True) as ws:
        ws.set_meta({"participant": "Zoéline Quarteron", "today": today.isoformat(),
                     "reflection": json.dumps(["Mon réseau dort chez Brasserie Hirondelle"]),
                     "first_attempt": "Je cherche un poste chez Vautrinet",
                     "summary_id": "clé Brocéliande"})  # fmt: skip
        ids = ws.add_contacts(
            [
                Contact("Paulin Lemoinard", company="Clinique Orbeval", position="Cardiologue",
                        sector=TYPED_SECTOR, email="paulin@orbeval.invalid",
                        phone="+33 6 98 76 54 32", profile_url="https://exemple.invalid/in/paulin",
                        how_met="Mariage de Gwendoline", notes="Allergique aux noisettes",
                        circle=2, knows_me="yes"),
                Contact("Ysaline Marchetti", sector="banque d'affaires Rothwald", circle=3),
                Contact("Théobald Kerjean", sector="Éducation", circle=4),
            ]
        )  # fmt: skip
        ws.add_interactions([Interaction(ids[0], today, Channel.PHONE, Direction.GAVE,
                                         notes="Parlé de son divorce avec Ombeline")])  # fmt: skip
        domain = {"domain": "Achats hospitaliers Saint-Exupéry"}
        ws.add_ask(Ask("Je voudrais rencontrer Madame Fenouillard", today, verdict="vague",
                       score=20, details=domain))  # fmt: skip
        ws.add_followups([FollowUp(ids[1], today, "Relancer Ysaline au sujet de Quimperlé")])
    return path


def _typed_values(path) -> tuple[set[str], set[str]]:
    with open_workspace(path) as ws:
        export = ws.export()
    words, numbers = set(), set()

    def walk(value):
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str):
            words.update(_words(value))
            if len(_digits(value)) >= 6 and not re.fullmatch(r"[\d-]+", value):
                numbers.add(_digits(value))

    for table in ("contacts", "interactions", "asks", "followups", "meta"):
        walk(export[table])
    return words, numbers


@pytest.mark.parametrize("share_ask", [False, True])
def test_the_summary_carries_no_value_of_the_workspace(typed, share_ask):
    words, numbers = _typed_values(typed)  # before the summary adds its random identifier
    with open_workspace(typed) as ws:
        data = takeaway.shared_summary(ws, share_ask=share_ask, sector=None if not share_ask
                                       else "Santé: voir Dr Paul Lemoine")  # fmt: skip
    text = takeaway.summary_bytes(data).decode("utf-8")
    if share_ask:  # the ask's own words leave, by choice; nothing else
        text = text.replace(json.dumps(data["ring"]["ask"], ensure_ascii=False)[1:-1], "")
    codes = getattr(cohort, "SECTORS", ())
    allowed = _words(" ".join(codes)) | {"sante", "education", "banque", "vague"}
    assert {"lemoine", "nantes", "paulin", "rothwald", "ombeline", "broceliande"} <= words
    leaked = sorted((words - allowed) & _words(text))
    assert leaked == []
    assert not [n for n in numbers if n in _digits(text)]
    assert set(data["sectors"]) <= set(codes)


def test_sectors_come_from_a_fixed_list_with_autre(typed):
    with open_workspace(typed) as ws:
        network = ws.network()
    data = cohort.summary(network, "p-1")
    assert data["sectors"] == {"banque": 1, "education": 1, "sante": 1}
    assert "autre" in cohort.SECTORS
    assert cohort.sector_code("Quelque chose d'inconnu") == "autre"
    assert cohort.sector_code("  SANTÉ ") == cohort.sector_code("Health") == "sante"


def test_the_ring_sector_is_a_code_of_the_list(typed):
    with open_workspace(typed) as ws:
        data = takeaway.shared_summary(ws, share_ask=True, sector=TYPED_SECTOR)
    assert data["ring"]["sector"] == "sante"
    assert "lemoine" not in json.dumps(data).lower()


def _fake(pid, ring=None, sectors=None):
    item = {
        "format": cohort.FORMAT,
        "participant": pid,
        "taken_on": "2026-09-15",
        "contacts": 10,
        "per_circle": {"1": 2, "2": 3, "3": 5, "4": 0, "5": 0},
        "figures": dict.fromkeys(cohort.SHARES, 0.5),
        "sectors": sectors or {"sante": 2},
        "ask": {"verdict": "vague", "score": 40},
    }
    if ring:
        item["ring"] = ring
    return item


def test_with_two_participants_the_ring_shows_nothing():
    pytest.importorskip("ipywidgets")
    from toolkit.cohort.screens import dashboard

    ask = "Rencontrer la DRH de Vautrinet"
    two = [_fake("a", ring={"ask": ask, "sector": "sante"}), _fake("b", sectors={"sante": 7})]
    assert cohort.reciprocity_ring(two) == []
    page = "".join(b["text/html"] for b in dashboard.section_bundles(two, "ring"))
    assert "Vautrinet" not in page
    assert t("cohort.ring_contacts", count=7) not in page.replace("&#x27;", "'")
    three = [*two, _fake("c")]
    assert cohort.reciprocity_ring(three)[0]["ask"] == ask


def test_one_malformed_summary_is_skipped_and_named(tmp_path):
    pytest.importorskip("ipywidgets")
    from toolkit.cohort.screens import dashboard

    for pid in "abc":
        (tmp_path / f"{pid}.json").write_text(json.dumps(_fake(pid)), encoding="utf-8")
    broken = {k: v for k, v in _fake("d").items() if k != "participant"}
    (tmp_path / "sans-participant.json").write_text(json.dumps(broken), encoding="utf-8")
    wrong = {**_fake("e"), "figures": "beaucoup", "sectors": ["sante"], "contacts": "dix"}
    (tmp_path / "mauvais-types.json").write_text(json.dumps(wrong), encoding="utf-8")
    shown = []
    dashboard.display = lambda bundle, raw=True: shown.append(bundle)
    try:
        dashboard.show_cohort(tmp_path)
    finally:
        from IPython.display import display

        dashboard.display = display
    text = " ".join(b.get("text/html", "") for b in shown)
    assert "sans-participant.json" in text and "mauvais-types.json" in text
    assert any("application/vnd.plotly.v1+json" in b for b in shown)  # the charts still drawn
    assert len(cohort.load_summaries(tmp_path)) == 3
