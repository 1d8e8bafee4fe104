"""The workspace picker shown at the top of every notebook."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from toolkit import demo, i18n
from toolkit.core import workspaces
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import FIT_TEXT_CSS
from toolkit.core.session import Session, participant_title
from toolkit.demo import ensure_demo
from toolkit.i18n import t

DEMO_PREFIX = "demo:"
NOTHING = ""  # the app's empty choice, before the participant says who they are


class WorkspacePicker(widgets.VBox):
    """Pick a demo persona or one's own workspace (created from a first name on first use).

    Every action is a public method (``choose``, ``create``) that the buttons call, so tests
    drive the picker exactly as a participant does. The choice is remembered for the next
    notebook; ``ATELIER_WORKSPACE`` preselects a workspace and hides the choice.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._status = Feedback()
        fit_text = widgets.HTML(FIT_TEXT_CSS, layout={"display": "none"})
        if workspaces.app_mode() and not workspaces.app_key():
            super().__init__([self._status, fit_text])  # no key, no folder: nobody's data either
            self._status.show(t("app.no_participant_key"), "error")
            return
        preset = workspaces.preselected()
        if preset is not None:
            super().__init__([self._status, fit_text])
            self._guarded(lambda: self._open(preset, create=True))
            return
        self._choice = widgets.Dropdown(
            options=self._options(),
            description=t("picker.choose"),
            style={"description_width": "initial"},
            layout={"width": "36em"},
        )
        self._first_name = widgets.Text(placeholder=t("picker.first_name_placeholder"))
        self._create = widgets.Button(
            description=t("picker.create"), button_style="primary", layout={"width": "auto"}
        )
        self._create.on_click(lambda _: self.create(self._first_name.value))
        super().__init__(
            [
                widgets.HTML(f"<b>{html.escape(t('picker.heading'))}</b>"),
                self._choice,
                widgets.HBox([self._first_name, self._create]),
                self._status,
                fit_text,
            ]
        )
        initial = workspaces.remembered()
        self._syncing = False
        if initial is None and workspaces.app_mode():
            # A participant of the app never lands silently in a demo persona's data: the
            # choice stays empty until they type their first name or pick a demo themselves.
            self._choice.options = [(t("picker.nothing_yet"), NOTHING), *self._choice.options]
            self._choice.value = NOTHING
            self._status.show(t("picker.start_here"), "warning")
            self._choice.observe(self._on_choice, names="value")
            return
        key = self._key_for(initial) if initial else DEMO_PREFIX + demo.PERSONAS[0]
        if key not in [value for _, value in self._choice.options]:
            key = DEMO_PREFIX + demo.PERSONAS[0]
        self._choice.value = key
        self.choose(key)
        self._choice.observe(self._on_choice, names="value")

    # -- actions ---------------------------------------------------------------------------------

    def choose(self, key: str) -> None:
        """Open a demo persona (``demo:cecile``) or a participant's workspace (its file path)."""
        if key == NOTHING:
            return
        if key.startswith(DEMO_PREFIX):
            opened = self._guarded(lambda: self._open(ensure_demo(key.removeprefix(DEMO_PREFIX))))
        else:
            opened = self._guarded(lambda: self._open(Path(key)))
        if not opened and self.session.workspace is not None:
            self._show_choice(self._key_for(self.session.workspace.path))  # back to what is open

    def create(self, first_name: str) -> None:
        """Create (or reopen) the workspace of the participant called ``first_name``."""

        def create_and_select() -> None:
            name = first_name.strip()
            path = workspaces.participant_path(name)
            self._open(path, create=True, participant=name)
            self._show_choice(str(path), refresh_options=True)
            self._first_name.value = ""

        self._guarded(create_and_select)

    # -- internals -------------------------------------------------------------------------------

    def _on_choice(self, change: dict) -> None:
        if not self._syncing:
            self.choose(change["new"])

    def _show_choice(self, key: str, refresh_options: bool = False) -> None:
        """Show ``key`` in the dropdown without opening it again."""
        self._syncing = True
        try:
            if refresh_options:
                self._choice.options = self._options()
            self._choice.value = key
        finally:
            self._syncing = False

    def _open(self, path: Path, create: bool = False, participant: str | None = None) -> None:
        if self.session.workspace is not None and self.session.workspace.path == path:
            return
        self.session.open(path, create=create, participant=participant)
        workspaces.remember(path)
        self._status.show(t("picker.opened", title=self.session.title))

    def _guarded(self, action) -> bool:
        """Run an action; a participant sees a message in their language, never a traceback."""
        return self._status.guarded(lambda: action() or True) is not None

    @staticmethod
    def _options() -> list[tuple[str, str]]:
        demos = [(t(f"personas.{p}.title"), DEMO_PREFIX + p) for p in demo.PERSONAS]
        own = [(participant_title(p), str(p)) for p in workspaces.participant_paths()]
        return demos + own

    @staticmethod
    def _key_for(path: Path) -> str:
        for persona in demo.PERSONAS:
            if path == workspaces.demo_path(persona, i18n.get_language()):
                return DEMO_PREFIX + persona
        return str(path)
