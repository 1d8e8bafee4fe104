"""The participant's report: no code, offline, in their language, untrusted text kept inert."""

import datetime as dt
import json
import shutil
from html.parser import HTMLParser

import pytest

from toolkit import cli
from toolkit.core import model
from toolkit.core.model import Ask, Channel, Circle, Contact, Direction, Interaction
from toolkit.core.store import open_workspace
from toolkit.interviews.meetings import interview_key

NASTY = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"


def _fetched(page: str) -> list[str]:
    """Addresses the page's tags would load (script contents are not tags)."""
    found = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(v for k, v in attrs if k in ("src", "href") and v)

    Tags().feed(page)
    return found


@pytest.fixture
def nasty(tmp_path):
    path = tmp_path / "zoe.sqlite"
    with open_workspace(path, create=True) as ws:
        ws.set_meta({"participant": "Zoé", "reflection": json.dumps([SCRIPT, "Peu d'appels"])})
        (cid,) = ws.add_contacts([Contact(NASTY, circle=Circle(1), notes=SCRIPT)])
        ws.add_interactions(
            [Interaction(cid, dt.date(2026, 6, 1), Channel.EMAIL, Direction.GAVE, notes=SCRIPT)]
        )
        ws.add_ask(Ask(f"Un conseil {SCRIPT}", dt.date(2026, 9, 1), cid, "vague", 20))
    return path


def test_report_is_self_contained_and_escapes_every_text(nasty, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert cli.main(["report", "--workspace", str(nasty), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("Plotly.newPlot") == 5  # five charts...
    assert page.count("plotly.js v") == 1  # ...with plotly.js inlined once
    assert _fetched(page) == []  # no tag fetches anything: the page works offline
    assert NASTY not in page and SCRIPT not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # the reflection, shown as text
    assert "Un conseil &lt;script&gt;" in page
    assert "@page { size: A4" in page
    assert "Mon réseau — Zoé" in page and "Ma demande précise" in page
    assert "import toolkit" not in page


def test_report_in_english(nasty, tmp_path):
    out = tmp_path / "report.html"
    assert cli.main(["report", "--lang", "en", "--workspace", str(nasty), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "My precise ask" in page and "Ma demande" not in page


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium not installed")
def test_report_as_pdf(nasty, tmp_path):
    out, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    assert (
        cli.main(["report", "--workspace", str(nasty), "--out", str(out), "--pdf", str(pdf)]) == 0
    )
    assert pdf.read_bytes()[:5] == b"%PDF-"


@pytest.mark.browser
def test_report_in_chromium_draws_the_charts_and_runs_no_untrusted_text(nasty, tmp_path, page):
    from tests.conftest import ARTIFACTS, real_page_errors

    out = tmp_path / "report.html"
    assert cli.main(["report", "--workspace", str(nasty), "--out", str(out)]) == 0
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(out.as_uri())
    page.wait_for_function("() => document.querySelectorAll('.main-svg').length >= 5")
    assert NASTY in page.evaluate("document.body.innerText")  # named in a follow-up, as text
    assert page.locator("img[src='x']").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "report-fr.png", full_page=True)
    assert page.dialogs == [] and real_page_errors(page) == []
    assert [u for u in requests if not u.startswith("file://")] == []


@pytest.fixture
def interviewing(nasty):
    """The nasty workspace with step 5 under way: one interview held, one still to get."""
    with open_workspace(nasty) as ws:
        (nasty_id,) = ws.contacts()["id"].astype(int).tolist()
        karim, ines = ws.add_contacts([Contact("Karim"), Contact(f"Inès {SCRIPT}")])
        asked = dt.date(2026, 9, 1)
        for cid, met in ((karim, dt.date(2026, 9, 8)), (nasty_id, None)):
            key = interview_key(cid, asked)
            warm = model.Approach.WARM
            ws.save_interview(model.Interview(key, cid, asked, Channel.EMAIL, warm, met_on=met))
        ws.add_referrals([model.Referral(ines, karim, "manual:ines")])
    return nasty


def test_report_shows_the_interview_pipeline_next_interviews_and_names(interviewing, tmp_path):
    out = tmp_path / "report.html"
    assert cli.main(["report", "--workspace", str(interviewing), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Mes entretiens réseau" in page and 'id="chart-pipeline"' in page
    assert page.count("Plotly.newPlot") == 6 and page.count("plotly.js v") == 1
    assert (
        "&lt;img src=x onerror=alert(1)&gt;\u202f: demandé le mardi 1er septembre 2026 (courriel)"
        in page
    )
    assert "Inès &lt;script&gt;alert(2)&lt;/script&gt;, recommandé·e par Karim" in page
    assert "Karim\u202f: demandé" not in page  # held already: not among the next ones
    assert NASTY not in page and SCRIPT not in page and _fetched(page) == []


def test_report_without_interviews_says_so_in_one_sentence(nasty, tmp_path):
    out = tmp_path / "report.html"
    assert cli.main(["report", "--lang", "en", "--workspace", str(nasty), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "No informational interview recorded yet" in page
    assert "chart-pipeline" not in page
