"""The room without a browser: codes and keys, hosts, the app page, the words, the share."""

import html
import json
import re

import pytest
from ipywidgets import HTML
from ipywidgets.widgets.widget import _instances

from toolkit.app import room as rooms
from toolkit.app import server
from toolkit.cohort import summaries as cohort
from toolkit.core import room_folder, workspaces
from toolkit.core.session import Session
from toolkit.i18n import t
from toolkit.map.screens.quick_add import QuickAdd
from toolkit.map.screens.table import ContactTable
from toolkit.review.screens.takeaway import TakeAway
from toolkit.ui.app_page import AppPage, Section
from toolkit.ui.picker import WorkspacePicker

WORKSHOPS = workspaces.repo_root() / "workshops"


@pytest.fixture
def in_app(tmp_path, monkeypatch):
    """App mode, as a room's kernel sees it: a participant key and a room folder."""
    room = rooms.Room.open(tmp_path / "room")
    monkeypatch.delenv("ATELIER_WORKSPACE", raising=False)
    monkeypatch.setenv("ATELIER_WORKSPACE_DIR", str(tmp_path))
    monkeypatch.setenv(workspaces.APP_ENV, "1")
    monkeypatch.setenv("HTTP_COOKIE", f"atelier_participant={room.new_participant_key()}")
    monkeypatch.setenv(room_folder.ROOM_ENV, str(room.folder))
    return room


def test_a_room_keeps_its_codes_and_knows_its_own_keys_only(tmp_path):
    room = rooms.Room.open(tmp_path / "room")
    again = rooms.Room.open(tmp_path / "room")  # reopened a week later
    assert (again.room_code, again.trainer_code) == (room.room_code, room.trainer_code)
    assert (tmp_path / "room" / "room.json").stat().st_mode & 0o077 == 0  # the owner's only
    assert len(room.room_code) == 6 and set(room.room_code) <= set(rooms.CODE_ALPHABET)
    typed = room.room_code.lower()[:3] + " - " + room.room_code.lower()[3:]
    assert room.is_room_code(typed) and not room.is_room_code(room.trainer_code)
    assert room.is_trainer_code(room.trainer_code) and not room.is_trainer_code(room.room_code)
    key = room.new_participant_key()
    assert workspaces.app_key(f"atelier_participant={key}") == key  # a valid app key
    assert room.is_participant_key(key)
    other = rooms.Room.open(tmp_path / "other")
    assert not other.is_participant_key(key)  # another room's key does not open this one
    assert not room.is_participant_key(key[:-1] + ("0" if key[-1] != "0" else "1"))
    assert not room.is_participant_key("k" * 32)  # a loopback app's random key
    assert room.is_trainer_token(room.trainer_token()) and not room.is_trainer_token(key)


def test_only_this_machines_names_and_addresses_are_allowed_hosts():
    hosts = rooms.allowed_hosts()
    assert {"localhost", "127.0.0.1"} <= hosts
    assert set(rooms.room_addresses()) <= hosts
    assert "evil.example" not in hosts and "192.0.2.254" not in hosts
    assert rooms.allowed_hosts(loopback_only=True) == {"localhost", "127.0.0.1", "::1"}
    assert rooms.host_of("192.0.2.2:8866") == "192.0.2.2"
    assert rooms.host_of("[fe80::1]:8866") == "fe80::1"
    assert rooms.host_of("Atelier.LOCAL") == "atelier.local"
    for address in rooms.room_addresses():
        assert not address.startswith("127.")


def test_the_qr_code_holds_the_join_address(tmp_path):
    svg = rooms.qr_svg("http://192.0.2.2:8866/?code=ACDEFG")
    assert svg.startswith("<svg") and "<script" not in svg
    drawn = rooms.qr_terminal("http://192.0.2.2:8866/?code=ACDEFG")
    assert len(drawn.splitlines()) > 10


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_app_page_says_no_jupyterlab_words_and_no_notebook_names(lang):
    shown = []
    for _, path in rooms.room_steps(WORKSHOPS, lang):
        for kind, source in rooms.step_cells(WORKSHOPS / path):
            if kind == "markdown":
                shown.append(rooms.app_words(source, lang))
            else:
                assert "workspace_picker" not in source  # the page has its own picker
    text = "\n".join(shown)
    assert text.count("\n") > 100  # the narrative is there...
    for jupyter in ("Maj + Entrée", "Shift + Enter", "cellule", "carnet", ".ipynb", "workspace/"):
        assert jupyter not in text  # ...without JupyterLab's words
    assert not re.search(r"`\d\d_", text)
    assert not re.search(r"\bnotebook\b", text, re.I)


def test_notebook_markdown_shows_raw_html_as_text():
    shown = rooms.markdown_html("**Gras** <img src=x onerror=alert(1)> | a |\n|---|\n| b |")
    assert "<strong>Gras</strong>" in shown and "<img" not in shown


def test_the_room_home_page_leads_to_the_one_app_page(tmp_path):
    page = server.landing_page(WORKSHOPS, "fr", room=True)
    links = re.findall(r'href="([^"]+)"', page)
    assert "/voila/render/atelier.ipynb?step=1&amp;lang=fr" in links
    assert not any("fr/0" in link or "99_" in link for link in links)
    assert server.gate_page("fr").count("<form") == 1
    assert "voila" not in server.gate_page("fr")  # no notebook, no listing


@pytest.mark.parametrize(
    ("gate", "action", "title"),
    [(server.gate_page, "/", "app.title"), (server.trainer_gate, "/trainer", "app.trainer.title")],
)
def test_both_gates_send_one_code_and_show_texts_as_text(monkeypatch, gate, action, title):
    assert t("app.room.wrong_code", "fr") not in gate("fr")
    assert html.escape(t("app.room.wrong_code", "fr")) in gate("fr", wrong=True)
    page = gate("en")
    assert page.count("<form") == 1 and f'action="{action}"' in page
    assert re.findall(r'<input name="code"[^>]*>', page) and 'value="en"' in page
    assert ('type="password"' in page) == (action == "/trainer")  # the trainer code is hidden
    monkeypatch.setattr(server, "t", lambda key, lang=None, **_: f"<i>{key}</i>")
    shown = gate("fr", wrong=True)
    assert "<i>" not in shown and f"&lt;i&gt;{title}&lt;/i&gt;" in shown


def test_in_the_app_nobody_lands_silently_in_a_demo_persona(in_app):
    picker = WorkspacePicker(Session())
    assert picker.session.workspace is None
    assert "prénom" in picker._status.value
    picker.create("Zoé")
    assert picker.session.title == "Zoé"
    again = WorkspacePicker(Session())  # the same browser, later: their own workspace
    assert again.session.title == "Zoé"


@pytest.fixture
def shell():
    """An IPython shell, as in a kernel: the page catches what the cells display."""
    from IPython.core.interactiveshell import InteractiveShell

    yield InteractiveShell.instance()
    InteractiveShell.clear_instance()


def test_every_step_is_one_view_of_the_same_page_and_session(in_app, shell):
    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    moves = []
    page = AppPage(steps, "fr", 0, on_step=moves.append)
    assert page.picker is not None
    page.picker.create("Zoé")
    first = page.children[-1]  # the step on screen
    assert any(isinstance(w, QuickAdd) for w in first.children)
    assert page._back.disabled and not page._next.disabled
    page._next.click()
    assert page.index == 1 and page.title.startswith("Étape 2")
    page._back.click()
    assert page.children[-1] is first  # built once, shown again
    page.go(len(steps) - 1)
    assert page._next.disabled and moves == [0, 1, 0, len(steps) - 1]
    assert page.session.title == "Zoé"  # one session for every step
    page.go(3)
    takeaway = page.open_section("Ce que j'emporte")
    takeaways = [w for w in takeaway._body.children if isinstance(w, TakeAway)]
    assert takeaways and takeaways[0].session.workspace is page.session.workspace
    # The same chart at the map and at the review: each follows the data on its own.
    page.open_section("Mon réseau en cercles")
    page.go(0)
    page.open_section("6. Premier regard")
    watched = [key for key in page.session._watchers if key.endswith("egogram")]
    assert len(watched) >= 2


def test_a_steps_later_sections_are_made_when_opened_and_kept(in_app, shell):
    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    tables = {key for key, widget in _instances.items() if isinstance(widget, ContactTable)}
    page = AppPage(steps, "fr", 0)
    view = page._views[0]
    folded = [w for w in view.children if isinstance(w, Section)]
    assert [s.heading[:2] for s in folded] == ["2.", "3.", "4.", "5.", "6.", "7.", "8."]
    assert not any(s.made for s in folded)  # the first screen: the picker and the quick add
    made = {key for key, widget in _instances.items() if isinstance(widget, ContactTable)}
    assert made == tables
    table = page.open_section("3. Décrire")
    assert table.is_unfolded and any(isinstance(w, ContactTable) for w in table._body.children)
    made = table._body.children
    table.toggle()
    assert not table.is_unfolded and table._body.children == made  # folded, kept
    table.toggle()
    assert table.is_unfolded and table._body.children == made  # not made twice
    assert not folded[0].made  # the others still wait
    page.go(4)  # a section of words only is shown as it is, not behind a button
    headings = [s.heading for s in page._views[4].children if isinstance(s, Section)]
    assert not any(h.startswith("Jeu de rôle") for h in headings)
    words = " ".join(w.value for w in page._views[4].children if isinstance(w, HTML))
    assert "Jeu de rôle" in words


def test_the_sections_a_participant_opened_open_again_on_their_next_page(in_app, shell):
    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    page = AppPage(steps, "fr", 0)
    page.open_section("3. Décrire")
    page.go(1)
    page.open_section("Construire ma demande")
    again = AppPage(steps, "fr", 0)  # a reload: a new page, a new kernel
    opened = [s.heading[:2] for s in again._views[0].children if isinstance(s, Section) and s.made]
    assert opened == ["3."] and again.open_section("3.").is_unfolded
    again.open_section("3.").toggle()  # folded now: folded next time
    again.go(1)
    assert again.open_section("Construire").made  # the other step kept its own
    third = AppPage(steps, "fr", 0)
    assert not any(s.made for s in third._views[0].children if isinstance(s, Section))
    with pytest.MonkeyPatch.context() as patch:  # another participant's page opens nothing
        patch.setenv("HTTP_COOKIE", f"atelier_participant={in_app.new_participant_key()}")
        fresh = AppPage(steps, "fr", 1)
        assert not any(s.made for s in fresh._views[1].children if isinstance(s, Section))


def test_the_page_keeps_the_first_snapshot_as_the_notebooks_do(in_app, shell):
    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    page = AppPage(steps, "fr", 0)
    page.picker.create("Zoé")
    assert page.session.workspace.count("snapshots") == 0  # no contacts yet: nothing to keep
    (quick,) = [w for w in page._views[0].children if isinstance(w, QuickAdd)]
    quick.add_names("Ada Lovelace")
    assert page.session.workspace.count("snapshots") == 1  # "at the start", for the review


class _CountingScreens:
    """The notebooks' ``ui`` for a page under test: each screen only counts its refreshes."""

    def __init__(self) -> None:
        self.refreshed: list[str] = []

    def __getattr__(self, name: str):
        def screen(session, *args) -> None:
            session.watch(name, lambda: self.refreshed.append(name))

        return screen


def test_a_step_off_screen_is_refreshed_once_when_shown_not_at_every_change(in_app, shell):
    import toolkit

    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    ui = _CountingScreens()
    page = AppPage(steps, "fr", 0, namespace={"ui": ui, "toolkit": toolkit}, with_picker=False)
    page.go(3)  # the review: its first section shows the four questions
    page.go(0)
    page.session.changed()
    page.session.changed()
    assert ui.refreshed == ["quick_add", "quick_add"]  # the map, on screen; not the review
    page.go(3)
    assert ui.refreshed == ["quick_add", "quick_add", "show_health"]  # once, when shown
    page.go(0)
    page.go(3)  # nothing changed meanwhile: nothing to refresh
    page.session.changed()
    assert ui.refreshed[3:] == ["show_health"]


def test_a_folded_section_is_refreshed_once_when_opened_again_not_at_every_change(in_app, shell):
    import toolkit

    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    ui = _CountingScreens()
    page = AppPage(steps, "fr", 0, namespace={"ui": ui, "toolkit": toolkit}, with_picker=False)
    page.session.changed()
    on_screen = list(ui.refreshed)  # the first section's screens
    ui.refreshed.clear()
    section = page.open_section("3. Décrire")
    page.session.changed()
    inside = [name for name in ui.refreshed if name not in on_screen]
    assert inside  # the section's own screens follow the data while it is open
    section.toggle()  # folded
    ui.refreshed.clear()
    page.session.changed()
    page.session.changed()
    assert ui.refreshed == on_screen * 2  # not the folded section's
    section.toggle()
    assert ui.refreshed[len(on_screen) * 2 :] == inside  # once, when opened again
    section.toggle()
    section.toggle()  # nothing changed meanwhile: nothing to refresh
    assert ui.refreshed[len(on_screen) * 2 :] == inside


def test_a_step_made_before_is_shown_with_one_message_to_the_browser(in_app, shell, monkeypatch):
    from ipywidgets import Widget

    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    page = AppPage(steps, "fr", 0)
    page.picker.create("Zoé")
    page._prepare(1)  # what the kernel's idle time does while the participant works
    sent = []
    monkeypatch.setattr(Widget, "_send", lambda self, msg, buffers=None: sent.append((self, msg)))
    page._next.click()
    assert page.title.startswith("Étape 2") and not page._back.disabled
    assert [(widget, set(msg["state"])) for widget, msg in sent] == [(page, {"children"})]
    assert page.children[-1] is page._views[1]
    sent.clear()
    page._navs[0].children[3].click()  # a second click on step 1's "next": no step skipped
    assert page.index == 1 and sent == []


def test_the_page_makes_the_next_step_once_the_browser_shows_it(in_app, shell, monkeypatch):
    import asyncio

    from toolkit.ui import app_page

    monkeypatch.setattr(app_page, "PREPARE_DELAY", 0.01)
    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]

    async def shown() -> set[int]:
        page = AppPage(steps, "fr", 0)  # a participant back after a reload: nothing clicked
        await asyncio.sleep(0.05)
        assert set(page._views) == {0}  # nobody listens yet: nothing made for nothing
        page._view_count = 1  # what the browser says once it shows the page
        await asyncio.sleep(0.2)
        return set(page._views)

    assert _run(shown()) == {0, 1}


def test_a_sections_heading_says_its_words_and_whether_it_is_open(in_app, shell):
    steps = [(title, WORKSHOPS / path) for title, path in rooms.room_steps(WORKSHOPS, "fr")]
    page = AppPage(steps, "fr", 0)
    section = next(s for s in page._views[0].children if isinstance(s, Section))
    button = section._button
    assert button.description == section.heading  # no triangle for a screen reader to read
    assert "atelier-section" in button._dom_classes
    assert "atelier-open" not in button._dom_classes
    section.toggle()
    assert "atelier-open" in button._dom_classes  # the page says aria-expanded="true"
    section.toggle()
    assert "atelier-open" not in button._dom_classes


def test_presence_names_the_step_and_the_kernel(in_app):
    rooms.note_presence(2, "kernel-id")
    seen = rooms.presence(workspaces.workspace_dir())
    assert seen["step"] == 2 and seen["kernel"] == "kernel-id"
    assert rooms.short_code(workspaces.workspace_dir().name).startswith("P-")


def test_sharing_sends_exactly_the_previewed_summary_to_the_room(in_app, cecile):
    screen = TakeAway(cecile)
    assert screen._to_room.layout.display != "none"  # in a room, the button is there
    assert not screen.share_with_trainer()  # nothing previewed yet: nothing sent
    assert "Voir ce qui sera partagé" in screen._room_feedback.value
    assert screen.preview_summary()
    assert "Nombre de contacts" in screen._preview.value  # readable, in French
    assert "part des contacts qui me connaissent" in screen._preview.value
    assert screen.share_with_trainer()
    (sent,) = (in_app.folder / "cohort").glob("*.json")
    data = json.loads(sent.read_text(encoding="utf-8"))
    assert cohort.is_summary(data) and "display_name" not in sent.read_text(encoding="utf-8")
    (loaded,) = cohort.load_summaries(in_app.folder / "cohort")  # the dashboard reads it
    assert loaded["participant"] == data["participant"]
    screen._alias.value = "Cé"  # other choices: what was previewed no longer holds
    assert screen._to_room.disabled and not screen.share_with_trainer()
    assert screen.preview_summary() and screen.share_with_trainer()
    assert len(list((in_app.folder / "cohort").glob("*.json"))) == 1  # replaced, not added


def test_outside_a_room_there_is_no_send_button(cecile, monkeypatch):
    monkeypatch.delenv(room_folder.ROOM_ENV, raising=False)
    screen = TakeAway(cecile)
    assert screen._to_room.layout.display == "none"
    assert screen.preview_summary() and not screen.share_with_trainer()


def test_a_page_made_before_the_request_gets_its_picker_after(in_app, shell, monkeypatch):
    from toolkit.ui import app_page

    monkeypatch.setenv("ATELIER_STEPS_DIR", str(WORKSHOPS))
    monkeypatch.setenv("QUERY_STRING", "step=2&lang=fr")
    page = app_page.show_app_page()
    assert page.picker is not None and page._picker_place.children == (page.picker,)
    assert page.index == 1 and page.title.startswith("Étape 2")
    assert rooms.presence(workspaces.workspace_dir())["step"] == 1  # the console knows
    monkeypatch.setenv("QUERY_STRING", "lang=en")
    english = app_page.show_app_page()
    assert english.lang == "en" and english.title.startswith("Step 1")


class _Pooled:
    """A pool entry as Voilà keeps it: a finished task naming its kernel."""

    def __init__(self, kernel_id: str) -> None:
        self.kernel_id = kernel_id

    def done(self) -> bool:
        return True

    def cancelled(self) -> bool:
        return False

    def exception(self):
        return None

    def result(self) -> dict:
        return {"kernel_id": self.kernel_id}


class _Manager:
    """What the server reads of Voilà's kernel manager."""

    def __init__(self) -> None:
        self.kernels = {"left-loading", "asleep", "pooled"}
        self._kernel_connections = {"left-loading": 0, "asleep": 1, "pooled": 0}
        self._pools = {"atelier.ipynb": [_Pooled("pooled")]}

    def list_kernel_ids(self) -> list[str]:
        return sorted(self.kernels)

    async def shutdown_kernel(self, kernel_id: str) -> None:
        self.kernels.discard(kernel_id)


def _run(coroutine):
    """Run a coroutine on a loop of its own thread: a test before may have left this thread's
    loop marked as running (then ``asyncio.run`` here refuses)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def test_only_a_page_that_never_connected_loses_its_kernel_after_a_while():
    manager = _Manager()
    assert server.participant_kernels(manager) == 2  # the pool's kernel is not given
    watch = server.NeverConnected(manager, seconds=0)
    _run(watch.check())  # "asleep" is connected; "left-loading" never was
    manager._kernel_connections["asleep"] = 0  # the laptop went to sleep: connection lost
    _run(watch.check())
    assert manager.kernels == {"asleep", "pooled"}  # the idle timeout will see to "asleep"
    patient = server.NeverConnected(_Manager(), seconds=3600)
    _run(patient.check())
    assert patient.manager.kernels == {"left-loading", "asleep", "pooled"}  # not yet
