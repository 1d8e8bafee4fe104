"""A room's app page: every step of the workshop in one page and one kernel.

Voilà starts a kernel for every page it renders: a participant walking six notebook pages held
six kernels (about 150 MB each). Here the page is built once: the navigation and the shared
workspace picker on top, then one step at a time, made from the step notebook's own cells the
first time it is shown and kept, so moving between steps only swaps the view on screen.

The notebooks' words are for JupyterLab ("run each cell with Shift + Enter", file names): the
page says the same things as an app would (``room.app_words``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import ipywidgets as widgets
from IPython.display import display
from IPython.utils.capture import capture_output
from ipywidgets.widgets.widget import _instances

from toolkit import i18n
from toolkit.app import room as rooms
from toolkit.core import room_folder
from toolkit.core.session import Session
from toolkit.health.snapshots import keep_first_snapshot
from toolkit.i18n import t
from toolkit.ui.picker import WorkspacePicker

# The first chart a kernel draws imports plotly's renderers, then nbformat, then jsonschema,
# which compiles some forty grammars of `rfc3987_syntax` for the "iri" format: 1.2 CPU-seconds
# and 16 MB a kernel, at the moment a participant opens their workspace. No schema the kernel
# checks uses that format (python-jsonschema/jsonschema#1428): jsonschema skips it when the
# module cannot be imported.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
HOME_URL_ENV = "ATELIER_HOME_URL"  # where the page's "home" link goes (default: the room's "/")
PREPARE_DELAY = 0.5  # seconds after a move before the next step is made in the background


class StepSession:
    """The page's one session as one step sees it: the same workspace, but the step's own
    names for what it watches. Steps show the same charts ("egogram" at the map and at the
    review); with one name, the step built last would silence the other's refresh.

    With ``page``, a step not on screen is not refreshed at each change: its screens are
    refreshed once, when the step is shown again (a change at the map would otherwise redraw
    the review's charts nobody sees). With ``section``, the same holds for a folded section of
    the step on screen: refreshed once, when opened again."""

    def __init__(
        self,
        session: Session,
        step: int,
        page: AppPage | None = None,
        section: Section | None = None,
    ) -> None:
        self._session, self._step, self._page, self._section = session, step, page, section

    def watch(self, key: str, callback: Callable[[], None]) -> None:
        """Call ``callback`` after every change, under this step's own name for ``key``."""
        page, step, section = self._page, self._step, self._section
        if page is None:
            self._session.watch(f"step-{step}:{key}", callback)
            return

        def refresh() -> None:
            if page.index != step:
                page.refresh_when_shown(step, key, refresh)
            elif section is not None and not section.is_unfolded:
                section.refresh_when_opened(key, refresh)
            else:
                callback()

        self._session.watch(f"step-{step}:{key}", refresh)

    def __getattr__(self, name: str):
        return getattr(self._session, name)


class AppPage(widgets.VBox):
    """Home, back and next on top, the picker, then the step on screen.

    ``go(index)`` is what the buttons call, and what tests call. ``on_step`` hears every move
    (the room notes it for the trainer's console). Each step has its own navigation bar, made
    with its view: showing a step made before is one message to the browser (the page's
    children), whatever the kernel and the server are busy with in a crowded room.
    """

    def __init__(
        self,
        steps: list[tuple[str, Path]],
        lang: str,
        start: int = 0,
        home_url: str = "/",
        on_step: Callable[[int], None] | None = None,
        namespace: dict | None = None,
        with_picker: bool = True,
    ) -> None:
        self.steps, self.lang, self.on_step = steps, lang, on_step
        self.session = Session()
        keep_first_snapshot(self.session)  # as a notebook's picker does: the review compares
        # The picker needs to know whose page this is; a page made before the request has a
        # place for it, filled by ``attach_picker`` once the request has come.
        self.picker: WorkspacePicker | None = None
        self._picker_place = widgets.Box(layout={"display": "block"})
        self._quiet = False  # changes the kernel makes itself say nothing about the browser
        if namespace is None:  # what the notebooks' cells name: the facade
            import toolkit
            from toolkit import ui

            namespace = {"ui": ui, "toolkit": toolkit}
        self._namespace = dict(namespace)
        self._views: dict[int, widgets.VBox] = {}
        # Whether sections opened are remembered for the participant: once the page is theirs
        self.remember = with_picker
        # the refreshes of steps changed while off screen, run once when shown: step -> key
        self._stale: dict[int, dict[str, Callable[[], None]]] = {}
        self.index = -1
        home_text, ring_text = t("app.page.home", lang), t("ring.link", lang)
        links = f'<a class="atelier-home" href="{home_url}?lang={lang}">{home_text}</a>'
        if room_folder.cohort_folder() is not None:  # in a room: the live reciprocity ring
            links += f' · <a class="atelier-ring" href="{home_url}ring?lang={lang}">{ring_text}</a>'
        self._home = widgets.HTML(links)  # one link for every step's navigation bar
        self._navs: dict[int, widgets.HBox] = {}
        # The browser counts the views it shows of the page (ipywidgets' view count): the page
        # learns it is on screen, and that widgets made from now on reach it.
        super().__init__([self._picker_place], _view_count=0)
        self.observe(self._shown, names="_view_count")
        self._connected = False  # True once the browser has spoken: widgets made now reach it
        if with_picker:
            self.attach_picker()
        self.go(start)
        self.session.watch("app-page", self._participant_acted)

    def attach_picker(self) -> WorkspacePicker:
        """Put the workspace picker in its place (it opens the participant's last workspace)."""
        self._quiet = True
        try:
            self.picker = WorkspacePicker(self.session)
        finally:
            self._quiet = False
        self._picker_place.children = (self.picker,)
        return self.picker

    @property
    def _back(self) -> widgets.Button:
        """The "back" button on screen."""
        return self._navs[self.index].children[1]

    @property
    def _next(self) -> widgets.Button:
        """The "next" button on screen."""
        return self._navs[self.index].children[3]

    def _clicked(self, index: int) -> None:
        """A button of the page was clicked: the browser is connected; go there."""
        self._connected = True
        self.go(index)

    def _shown(self, change: dict) -> None:
        """The browser shows the page: it is connected; the next step can be made while the
        participant reads this one (a participant back after a reload clicks nothing first)."""
        if (change["new"] or 0) > 0 and not self._connected:
            self._connected = True
            self._prepare_soon(self.index + 1)

    def _participant_acted(self) -> None:
        """The participant opened a workspace: their page is connected, the next step can be
        made while they work on this one."""
        if self._quiet:
            return
        self._connected = True
        self._prepare_soon(self.index + 1)

    @property
    def title(self) -> str:
        """The title of the step on screen."""
        return self.steps[self.index][0]

    def go(self, index: int) -> None:
        """Show step ``index`` (0 = the first), built the first time it is asked for."""
        index = max(0, min(index, len(self.steps) - 1))
        if index not in self._views:
            self._views[index] = self._build(index)
        self.index = index
        # One message: the step's navigation bar and view, made before, in place
        self.children = (self._navs[index], self._picker_place, self._views[index])
        for refresh in self._stale.pop(index, {}).values():
            refresh()
        if self.on_step is not None:
            self.on_step(index)
        self._prepare_soon(index + 1)

    def refresh_when_shown(self, step: int, key: str, refresh: Callable[[], None]) -> None:
        """Run ``refresh`` once when step ``step`` is next shown (the last one asked per key)."""
        self._stale.setdefault(step, {})[key] = refresh

    def _prepare_soon(self, index: int) -> None:
        """Make step ``index`` in the kernel's idle time, so that "next" only swaps views.

        Only once the browser is connected: widgets made before it listens would never reach
        it. Outside a kernel's event loop (tests), nothing is scheduled.
        """
        if index >= len(self.steps) or index in self._views or not self._connected:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        loop.call_later(PREPARE_DELAY, self._prepare, index)

    def _prepare(self, index: int) -> None:
        if index not in self._views:
            with contextlib.suppress(Exception):  # made on demand later, as without this
                self._views[index] = self._build(index)

    def _nav(self, index: int) -> widgets.HBox:
        """Step ``index``'s navigation bar: home, back, the step's title, next."""
        back = widgets.Button(description=t("app.page.back", self.lang), layout={"width": "auto"})
        after = widgets.Button(
            description=t("app.page.next", self.lang),
            button_style="primary",
            layout={"width": "auto"},
        )
        back.disabled, after.disabled = index == 0, index == len(self.steps) - 1
        # Each bar moves from its own step: a second click on "next" before the next step is
        # on screen does not skip a step.
        back.on_click(lambda _: self._clicked(index - 1))
        after.on_click(lambda _: self._clicked(index + 1))
        number = t("app.page.step_of", self.lang, step=index + 1, steps=len(self.steps))
        title = widgets.HTML(
            f"<span class='atelier-step-title'><b>{rooms.escape(self.steps[index][0])}</b> "
            f"({rooms.escape(number)})</span>"
        )
        nav = widgets.HBox(
            [self._home, back, title, after],
            layout={"align_items": "center", "grid_gap": "1em", "flex_flow": "row wrap"},
        )
        nav.add_class("atelier-nav")
        return nav

    def _build(self, index: int) -> widgets.VBox:
        """Step ``index``'s view and its navigation bar: its first section made now, each
        later one behind its heading, made the first time it is opened."""
        path = self.steps[index][1]
        self._navs[index] = self._nav(index)
        (_, first), *later = sections(rooms.step_cells(path))
        children: list[widgets.Widget] = self._cells(index, path, first)
        for heading, cells in later:
            if not any(kind == "code" for kind, _ in cells):  # words only: nothing to spare
                heading_cell = ("markdown", SECTION_HEADING + heading)
                children += self._cells(index, path, [heading_cell, *cells])
                continue
            section = Section(heading)
            section.make = lambda i=index, c=cells, s=section: self._cells(i, path, c, s)
            section.on_toggle = lambda i=index: self._sections_changed(i)
            children.append(section)
        view = widgets.VBox(children)
        if self.remember:
            self._reopen(index, view)
        return view

    def reopen_sections(self) -> None:
        """Open again the sections the participant had open (read once their page knows whose
        it is), in the steps made so far; the steps made later open theirs when made."""
        self.remember = True
        for index, view in self._views.items():
            self._reopen(index, view)

    def _reopen(self, index: int, view: widgets.VBox) -> None:
        with contextlib.suppress(Exception):  # a page that cannot read them opens them folded
            opened = set(rooms.opened_sections().get(self.steps[index][1].stem, []))
            for child in view.children:
                if isinstance(child, Section) and child.heading in opened:
                    child.unfold()

    def _sections_changed(self, index: int) -> None:
        if not self.remember:
            return
        view = self._views.get(index)
        headings = [c.heading for c in view.children if isinstance(c, Section) and c.is_unfolded]
        with contextlib.suppress(Exception):  # a section not remembered is opened again by hand
            rooms.note_sections(self.steps[index][1].stem, headings)

    def open_section(self, heading: str) -> Section:
        """Open the section of the step on screen whose heading starts with ``heading`` (what
        a click on its heading does)."""
        for child in self._views[self.index].children:
            if isinstance(child, Section) and child.heading.startswith(heading):
                if not child.is_unfolded:
                    child.toggle()
                return child
        raise KeyError(heading)

    def _cells(
        self,
        index: int,
        path: Path,
        cells: list[tuple[str, str]],
        section: Section | None = None,
    ) -> list[widgets.Widget]:
        """The widgets of a step's cells (of its ``section``, if any): its markdown as HTML,
        its screens as they show."""
        children: list[widgets.Widget] = []
        for kind, source in cells:
            if kind == "markdown":
                text = rooms.app_words(source, self.lang)
                if text.strip():
                    children.append(widgets.HTML(rooms.markdown_html(text)))
                continue
            # The cell's screens display themselves; they are caught and placed in the step.
            with capture_output(stdout=False, stderr=False, display=True) as captured:
                atelier = StepSession(self.session, index, self, section)
                namespace = {**self._namespace, "atelier": atelier}
                exec(compile(source, f"<{path.name}>", "exec"), namespace)
            for output in captured.outputs:
                view = output.data.get(WIDGET_MIME)
                if view and view.get("model_id") in _instances:
                    children.append(_instances[view["model_id"]])
                else:
                    area = widgets.Output()
                    area.outputs = (
                        {"output_type": "display_data", "data": output.data,
                         "metadata": output.metadata or {}},
                    )  # fmt: skip
                    children.append(area)
        return children


SECTION_HEADING = "## "  # a step's sections start at its second-level headings


def sections(cells: list[tuple[str, str]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """A step's cells in sections, each (heading, cells): first what comes before the second
    heading (the step's introduction and its first section, with its heading), then one
    section per second-level heading, its heading line taken out of its first cell."""
    found: list[tuple[str, list[tuple[str, str]]]] = [("", [])]
    seen_first = False
    for kind, source in cells:
        if kind == "markdown" and source.lstrip().startswith(SECTION_HEADING):
            if seen_first:
                line, _, rest = source.lstrip().partition("\n")
                found.append((line[len(SECTION_HEADING) :].strip(), [(kind, rest)]))
                continue
            seen_first = True
        found[-1][1].append((kind, source))
    return found


SECTION_CLASS, OPEN_CLASS = "atelier-section", "atelier-open"


class Section(widgets.VBox):
    """A later section of a step: its heading as a button; its text and screens are made the
    first time it is opened (a room's laptops and its server make only what is used), then
    kept, shown or folded by the same button.

    The button's words are the heading alone: the page's style draws the triangle and tells
    screen readers whether the section is open (``aria-expanded``, from the class
    ``atelier-open``), so they do not read "triangle" before every heading. A folded section's
    screens are refreshed once, when it is opened again, not at every change."""

    def __init__(
        self, heading: str, make: Callable[[], list[widgets.Widget]] | None = None
    ) -> None:
        self.heading, self.make, self.made = heading, make, False
        self.on_toggle: Callable[[], None] | None = None  # told after each open or fold
        # the refreshes of its screens asked for while folded, run once when opened: key -> it
        self._stale: dict[str, Callable[[], None]] = {}
        self._button = widgets.Button(
            description=heading,
            tooltip=t("app.page.open_section"),
            layout={"width": "auto", "max_width": "100%"},
            style={"font_weight": "bold"},
        )
        self._button.add_class(SECTION_CLASS)
        self._button.on_click(lambda _: self.toggle())
        self._body = widgets.VBox()
        super().__init__([self._button, self._body])

    def refresh_when_opened(self, key: str, refresh: Callable[[], None]) -> None:
        """Run ``refresh`` once when the section is next opened (the last one asked per key)."""
        self._stale[key] = refresh

    @property
    def is_unfolded(self) -> bool:
        return self.made and self._body.layout.display != "none"

    def unfold(self) -> None:
        """Show the section, made now if it never was."""
        if not self.made:
            self._body.children = tuple(self.make() if self.make is not None else ())
            self.made = True
        self._body.layout.display = None
        self._button.add_class(OPEN_CLASS)
        stale, self._stale = self._stale, {}
        for refresh in stale.values():
            refresh()

    def toggle(self) -> None:
        """Open the section, or fold it when open (what a click on its heading does)."""
        if self.is_unfolded:
            self._body.layout.display = "none"
            self._button.remove_class(OPEN_CLASS)
        else:
            self.unfold()
        if self.on_toggle is not None:
            self.on_toggle()


def _kernel_id() -> str:
    """This kernel's id, from its connection file (``kernel-<id>.json``)."""
    try:
        from ipykernel.connect import get_connection_file

        return Path(get_connection_file()).stem.removeprefix("kernel-")
    except (ImportError, RuntimeError, AttributeError):
        return ""


def show_app_page() -> AppPage | None:
    """The room's page. A preheated kernel makes the first step before anyone asks (in the
    room's language, nobody's workspace open), then waits for the participant's request: their
    cookie says whose page it is, their address which step and language."""
    import toolkit

    root = Path(os.environ.get("ATELIER_STEPS_DIR", "."))
    home_url = os.environ.get(HOME_URL_ENV, "/")  # under JupyterHub: the user's home page
    kernel = _kernel_id()

    def steps(lang: str) -> list[tuple[str, Path]]:
        return [(title, root / path) for title, path in rooms.room_steps(root, lang)]

    def noted(index: int) -> None:
        # The console may miss a line; the participant is never bothered with it.
        with contextlib.suppress(Exception):
            rooms.note_presence(index, kernel)

    early_lang = i18n.get_language()
    toolkit.set_language(early_lang)
    page = AppPage(
        steps(early_lang), early_lang, 0, home_url=home_url, on_step=noted, with_picker=False
    )
    try:  # preheated: Voilà hands over the request (cookie, address) once someone asks
        from voila.utils import wait_for_request

        wait_for_request()
    except ImportError:  # outside Voilà (tests): the environment is already the request's
        pass
    query = parse_qs(os.environ.get("QUERY_STRING", ""))
    lang = query.get("lang", [early_lang])[0]
    lang = lang if lang in i18n.LANGUAGES else early_lang
    try:
        start = int(query.get("step", ["1"])[0]) - 1
    except ValueError:
        start = 0
    if lang != early_lang:  # the other language: the page is made again in it
        _close_tree(page)
        toolkit.set_language(lang)
        page = AppPage(steps(lang), lang, start, home_url=home_url, on_step=noted)
    else:
        page.attach_picker()
        page.reopen_sections()
        page.go(start)  # also notes the step, now that the folder is known
    display(page)
    return page


def _close_tree(widget: widgets.Widget) -> None:
    """Close a widget and everything in it (a page made for nothing leaves no models)."""
    for child in getattr(widget, "children", ()):
        _close_tree(child)
    widget.close()


def show_room_dashboard() -> None:
    """The trainer's cohort dashboard, reading the summaries shared in this room."""
    import toolkit
    from toolkit.cohort.screens.dashboard import show_cohort

    query = parse_qs(os.environ.get("QUERY_STRING", ""))
    lang = query.get("lang", [i18n.get_language()])[0]
    toolkit.set_language(lang if lang in i18n.LANGUAGES else i18n.get_language())
    folder = Path(os.environ.get(rooms.ROOM_ENV, ".")) / rooms.COHORT_FOLDER
    display(widgets.HTML(f"<h1>{rooms.escape(t('app.trainer.dashboard'))}</h1>"))
    show_cohort(folder)
