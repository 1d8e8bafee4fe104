"""The take-away screen of the review: the report and the shared summary as downloads."""

import base64
import datetime as dt
import html
import json
import re

import pytest

from toolkit import cli, i18n
from toolkit.core.model import Ask, Circle, Contact
from toolkit.ui import TakeAway

NASTY = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"


def _download(value: str) -> tuple[str, bytes]:
    """The file name and the bytes of the one download link in a screen's HTML."""
    [(name, mime, encoded)] = re.findall(
        r"<a download='([^']+)' href='data:([^;]+);base64,([^']+)'", value
    )
    assert mime == ("text/html" if name.endswith(".html") else "application/json")
    return html.unescape(name), base64.b64decode(encoded)


def _preview(value: str) -> str:
    """The JSON text shown in the preview, as the participant reads it."""
    [shown] = re.findall(r"<pre[^>]*>(.*?)</pre>", value, re.S)
    return html.unescape(shown)


@pytest.fixture
def zoe(session):
    """A participant with a contact named like markup and an ask with a script in it."""
    ws = session.workspace
    ws.add_contacts([Contact(NASTY, circle=Circle(1))])
    ws.add_ask(Ask(f"Un conseil {SCRIPT}", dt.date(2026, 9, 1), None, "vague", 20,
                   {"domain": "Santé"}))  # fmt: skip
    session.changed()
    return session


def test_report_is_built_on_click_only_and_offered_as_a_page_to_download(zoe, tmp_path):
    screen = TakeAway(zoe)
    assert screen._report.value == ""  # nothing heavy at display time
    assert screen.build_report()
    name, page = _download(screen._report.value)
    assert name == f"rapport-atelier-{zoe.workspace.today().isoformat()}.html"
    text = page.decode("utf-8")
    assert text.startswith("<!doctype html>") and text.count("plotly.js v") == 1
    assert "Un conseil &lt;script&gt;alert(2)&lt;/script&gt;" in text
    assert NASTY not in text and SCRIPT not in text
    assert "Mon réseau — Zoé" in text and "A4" in screen.children[1].value
    assert "prêt" in screen._report_feedback.value and not screen._build.disabled
    out = tmp_path / "report.html"  # the command gives the very same page
    assert cli.main(["report", "--workspace", str(zoe.workspace.path), "--out", str(out)]) == 0
    assert out.read_bytes() == page


def test_summary_preview_is_exactly_what_is_downloaded_and_follows_the_opt_ins(zoe):
    screen = TakeAway(zoe)
    assert screen._sector.value == "sante" and screen._sector.disabled  # prefilled from the ask
    screen._preview_button.click()
    name, data = _download(screen._preview.value)
    assert name == f"resume-atelier-{zoe.workspace.today().isoformat()}.json"
    assert _preview(screen._preview.value) == data.decode("utf-8")
    plain = json.loads(data)
    assert "ring" not in plain and "alias" not in plain and "Un conseil" not in data.decode()
    assert NASTY not in data.decode() and "<img" not in screen._preview.value
    assert "aucun nom" in screen._preview.value and "pas\u202f: seulement" in screen._preview.value
    code = plain["participant"]
    assert zoe.workspace.get_meta("summary_id") == code

    screen._share_ask.value = True
    assert not screen._sector.disabled
    assert screen._preview.value == "" and "à nouveau" in screen._share_feedback.value
    screen._alias.value = "  Zo <b>é</b> "
    assert screen.preview_summary()
    _, shared = _download(screen._preview.value)
    assert _preview(screen._preview.value) == shared.decode("utf-8")
    sharing = json.loads(shared)
    assert sharing["ring"] == {"ask": f"Un conseil {SCRIPT}", "sector": "sante"}
    assert sharing["alias"] == "Zo <b>é</b>" and sharing["participant"] == code
    assert "«\u202fZo &lt;b&gt;é&lt;/b&gt;\u202f»" in screen._preview.value  # told how they appear
    assert SCRIPT not in screen._preview.value and "<b>é" not in screen._preview.value


def test_without_alias_the_participant_is_told_their_ring_code(zoe):
    from toolkit.cohort.summaries import ring_code

    screen = TakeAway(zoe)
    assert screen.preview_summary()
    code = ring_code(zoe.workspace.get_meta("summary_id"))
    assert f"«\u202f{code}\u202f»" in screen._preview.value


@pytest.mark.parametrize(
    ("ask", "sector", "alias", "message"),
    [
        (False, "sante", "", "Aucune demande enregistrée"),
        (True, "", "", "Secteur de la demande"),
        (True, "sante", "x" * 31, "31 caractères"),
    ],
)
def test_a_refused_choice_is_one_sentence_and_writes_nothing(session, ask, sector, alias, message):
    ws = session.workspace
    if ask:
        ws.add_ask(Ask("Un conseil", dt.date(2026, 9, 1)))
    before = ws.export()
    screen = TakeAway(session)
    screen._share_ask.value = True
    screen._sector.value = sector
    screen._alias.value = alias
    assert not screen.preview_summary()
    assert (
        message in screen._share_feedback.value and "Traceback" not in screen._share_feedback.value
    )
    assert screen._preview.value == ""
    assert ws.export() == before and ws.get_meta("summary_id") is None


def test_the_screen_speaks_english_with_english_file_names(zoe):
    i18n.set_language("en")
    screen = TakeAway(zoe)
    assert "My report" in screen.children[0].value
    assert screen.build_report() and screen.preview_summary()
    assert _download(screen._report.value)[0].startswith("atelier-report-")
    assert _download(screen._preview.value)[0].startswith("atelier-summary-")
    assert "contains no name" in screen._preview.value


def test_opening_another_workspace_forgets_what_was_built(zoe, cecile):
    screen = TakeAway(zoe)
    screen.preview_summary()
    zoe.open(cecile.workspace.path)
    assert screen._preview.value == ""


def test_a_change_of_data_hides_what_was_built_but_keeps_what_was_typed(zoe):
    screen = TakeAway(zoe)
    screen._share_ask.value = True
    screen._sector.value = "agriculture"
    assert screen.build_report() and screen.preview_summary()
    zoe.workspace.add_contacts([Contact("Ada")])
    zoe.changed()  # another screen saved something: the downloads would be out of date
    assert screen._report.value == "" and screen._preview.value == ""
    assert screen._sector.value == "agriculture" and screen._share_ask.value
