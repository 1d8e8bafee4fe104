"""The pitch builder (three parts in one's own words, length as said, saved), its 30-second
timer, the observer's checklist, the trio practice grid and the self-paced exercise."""

from __future__ import annotations

import datetime as dt
import html

import ipywidgets as widgets

from toolkit.ask import pitch, pitch_exercise
from toolkit.ask.pitch import PITCH_FIELDS, THIRTY_SECONDS, Target
from toolkit.ask.pitch_exercise import CHOICES
from toolkit.core.screens.base import Screen
from toolkit.core.screens.exercise import ChoiceExercise
from toolkit.core.screens.feedback import Feedback
from toolkit.core.screens.layout import WIDE_ENOUGH
from toolkit.core.screens.verdicts import verdict_span
from toolkit.core.session import Session
from toolkit.core.verdicts import Verdict, score
from toolkit.i18n import date_text, get_language, number, plural, t

MARKS = {"pass": "✓", "fail": "✗"}


class PitchTimer(widgets.VBox):
    """A countdown made of ipywidgets only: the browser's ``Play`` widget ticks each second
    (no kernel round trip, no script from the web), a bar fills as time runs, and a sentence
    says what is left. Buttons have text labels (Voilà offline shows no icons).

    Public actions: ``start()``, ``stop()``, ``reset()``; ``remaining`` in seconds.
    """

    def __init__(self, seconds: int = THIRTY_SECONDS.seconds) -> None:
        self.seconds = seconds
        # Play's own buttons are icons only: it runs hidden, driven by the labelled buttons.
        self._play = widgets.Play(
            min=0, max=seconds, step=1, interval=1000, value=0, layout={"display": "none"}
        )
        self._bar = widgets.IntProgress(min=0, max=seconds, value=0, layout={"width": "30em"})
        widgets.jslink((self._play, "value"), (self._bar, "value"))
        self._status = widgets.HTML()
        buttons = []
        for key, action in (("start", self.start), ("stop", self.stop), ("reset", self.reset)):
            button = widgets.Button(description=t(f"pitch.timer.{key}"), layout=WIDE_ENOUGH)
            button.on_click(lambda _, act=action: act())
            buttons.append(button)
        self._play.observe(lambda _: self._show(), names=["value", "playing"])
        super().__init__(
            [
                widgets.HTML(f"<b>{html.escape(t('pitch.timer.title'))}</b>"),
                widgets.HBox(buttons),
                self._bar,
                self._status,
                self._play,
            ]
        )
        self._show()

    @property
    def remaining(self) -> int:
        """Seconds left."""
        return self.seconds - self._play.value

    @property
    def status(self) -> str:
        """The sentence shown under the bar."""
        return html.unescape(self._status.value)

    def start(self) -> None:
        """Start (or resume) the countdown; from the end, start again."""
        if self._play.value >= self.seconds:
            self._play.value = 0
        self._play.playing = True

    def stop(self) -> None:
        """Stop where it is."""
        self._play.playing = False

    def reset(self) -> None:
        """Back to the full time, stopped."""
        self._play.playing = False
        self._play.value = 0

    def _show(self) -> None:
        left = number(self.remaining)
        if self.remaining <= 0:
            text = t("pitch.timer.over")
        elif self._play.playing:
            text = t("pitch.timer.running", seconds=left)
        elif self._play.value:
            text = t("pitch.timer.stopped", seconds=left)
        else:
            text = t("pitch.timer.ready", seconds=left)
        self._status.value = html.escape(text)


def checklist_html(target: Target = THIRTY_SECONDS) -> str:
    """The observer's checklist, ticked on paper or aloud (all text escaped)."""
    items = "".join(
        f"<li>☐ {html.escape(t(f'pitch.observer.{key}'))}</li>"
        for key in pitch.OBSERVER_CHECKLIST
        if key != "time" or target.key == THIRTY_SECONDS.key
    )
    return (
        f"<p><b>{html.escape(t('pitch.observer.title'))}</b><br>"
        f"{html.escape(t('pitch.observer.intro'))}</p><ul style='list-style:none'>{items}</ul>"
    )


class PitchBuilder(Screen):
    """Three boxes (who I am, what I look for precisely, what I offer), the pitch as it will be
    said with its length at the stated pace, a save button, the timer and the checklist.

    Public actions: ``fill(**parts)``, ``save()``; ``check()`` and ``feedback_html`` show what
    the participant reads. With ``start_from`` (step 5's three minutes), empty boxes start from
    the pitch saved for that other target.
    """

    def __init__(
        self, session: Session, target: Target = THIRTY_SECONDS, start_from: Target | None = None
    ) -> None:
        self.target = target
        self._start_from = start_from
        self._boxes = {
            name: widgets.Textarea(
                placeholder=t(f"pitch.hints.{name}"), rows=2, layout={"width": "50em"}
            )
            for name in PITCH_FIELDS
        }
        self._said = widgets.HTML()
        self._check = widgets.HTML()
        self._loaded = widgets.HTML()
        self._feedback = Feedback()
        save = widgets.Button(
            description=t("pitch.save"), button_style="primary", layout=WIDE_ENOUGH
        )
        save.on_click(lambda _: self.save())
        for box in self._boxes.values():
            box.observe(lambda _: self._show(), names="value")
        rows = [
            widgets.VBox([widgets.HTML(f"<b>{html.escape(t(f'pitch.fields.{name}'))}</b>"), box])
            for name, box in self._boxes.items()
        ]
        self.timer = PitchTimer(target.seconds)
        self._shown_for = None  # the workspace whose pitch the boxes hold
        super().__init__(
            session,
            f"pitch-{target.key}",
            [
                self._loaded,
                *rows,
                self._said,
                self._check,
                save,
                self._feedback,
                self.timer,
                widgets.HTML(checklist_html(target)),
            ],
            self._feedback,
        )
        self._workspace_changed()
        self._show()

    # -- actions ---------------------------------------------------------------------------------

    def fill(self, **parts: str) -> None:
        """Type into the boxes (``who``, ``looking_for``, ``offer``)."""
        for name, value in parts.items():
            self._boxes[name].value = value

    def check(self) -> pitch.PitchCheck:
        """What the builder says about the boxes as they stand."""
        return pitch.check_pitch(self._values(), self.target, get_language())

    @property
    def feedback_html(self) -> str:
        """The pitch as said and the check, as shown."""
        return self._said.value + self._check.value

    def save(self) -> pitch.PitchCheck | None:
        """Keep the pitch in the workspace; refused, with what to write, while a part says
        nothing."""

        def keep() -> pitch.PitchCheck:
            result = pitch.save_pitch(
                self.session.workspace, self._values(), self.target, get_language()
            )
            key = "pitch.saved" if result.fits else "pitch.saved_long"
            self._feedback.show(
                t(key, seconds=number(result.seconds)), "ok" if result.fits else "warning"
            )
            return result

        return self.guarded(keep)

    # -- internals -------------------------------------------------------------------------------

    def _values(self) -> dict[str, str]:
        return {name: box.value for name, box in self._boxes.items()}

    def _show(self) -> None:
        result = self.check()
        said = html.escape(result.text) if result.text else "…"
        self._said.value = f"<p><b>{html.escape(t('pitch.said_as'))}</b><br><i>{said}</i></p>"
        items = "".join(
            f"<li>{MARKS[status]} {html.escape(line)}</li>"
            for status, line in result.lines(self._values(), get_language())
        )
        self._check.value = f"<ul style='list-style:none'>{items}</ul>"

    def _workspace_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        saved = pitch.saved_pitch(workspace, self.target)
        source = saved
        if not saved and self._start_from is not None:
            source = pitch.saved_pitch(workspace, self._start_from)
        fields = source.get("fields", {}) if isinstance(source.get("fields"), dict) else {}
        # Another workspace opened: its own pitch replaces what was shown. The same one changed
        # elsewhere: only empty boxes are filled, so nothing being typed is lost.
        other = workspace.path != self._shown_for
        self._shown_for = workspace.path
        for name, box in self._boxes.items():
            value = fields.get(name) if isinstance(fields.get(name), str) else ""
            if other or not box.value:
                box.value = value
        day = _saved_day(saved)
        self._loaded.value = ""
        if day is not None:
            self._loaded.value = html.escape(t("pitch.loaded", day=date_text(day)))
        elif fields:
            self._loaded.value = html.escape(t("pitch.from_short"))


def _saved_day(record: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(record.get("saved_on", ""))[:10])
    except ValueError:
        return None


class TrioGrid(widgets.VBox):
    """The room's first names -> trios (a group of four where people are left over) and, for
    each group, the rounds in which everyone speaks, listens and observes once.

    Public action: ``make(names)``; ``grid_html`` is what is shown.
    """

    def __init__(self) -> None:
        self._names = widgets.Textarea(
            placeholder="Amina, Bruno, Chloé", rows=3, layout={"width": "40em"}
        )
        self._grid = widgets.HTML()
        show = widgets.Button(description=t("pitch.trio.show"), layout=WIDE_ENOUGH)
        show.on_click(lambda _: self.make(self._names.value))
        super().__init__(
            [
                widgets.HTML(
                    f"<b>{html.escape(t('pitch.trio.title'))}</b>"
                    f"<br>{html.escape(t('pitch.trio.intro'))}"
                ),
                widgets.HTML(html.escape(t("pitch.trio.names"))),
                self._names,
                show,
                self._grid,
            ]
        )

    @property
    def grid_html(self) -> str:
        """The grid as shown."""
        return self._grid.value

    def make(self, names: str) -> None:
        """Form the groups from ``names`` and show each group's rounds."""
        self._names.value = names
        self._grid.value = grid_html(pitch.parse_names(names))


def grid_html(names: list[str]) -> str:
    """Each group's rounds as a table: who speaks, listens, observes (names escaped)."""
    groups = [g for g in pitch.groups_of_three(names) if len(g) >= 2]
    if not groups:
        return f"<p>{html.escape(t('pitch.trio.too_few'))}</p>"
    tables = []
    for number_, group in enumerate(groups, start=1):
        head = "".join(f"<th>{html.escape(name)}</th>" for name in group)
        rows = []
        for turn, step in enumerate(pitch.rounds(group), start=1):
            role = {step.speaker: "speaker", step.listener: "listener"}
            role.update({name: "observer" for name in step.observers})
            if len(group) == 2:
                role[step.listener] = "listener_observer"
            cells = "".join(
                f"<td>{html.escape(t(f'pitch.trio.{role[name]}'))}</td>" for name in group
            )
            rows.append(
                f"<tr><th>{html.escape(t('pitch.trio.round', number=turn))}</th>{cells}</tr>"
            )
        tables.append(
            f"<p><b>{html.escape(t('pitch.trio.group', number=number_))}</b></p>"
            f"<table><tr><th></th>{head}</tr>{''.join(rows)}</table>"
        )
    return "".join(tables)


class PitchExercise(ChoiceExercise):
    """Five introductions, what each one misses to choose; ``check`` explains each answer."""

    def __init__(self) -> None:
        super().__init__(
            "pitch",
            {key: _said(key) for key in pitch_exercise.EXPECTED},
            [(pitch_exercise.choice_label(c), c) for c in CHOICES],
            pitch_exercise.EXPECTED,
            pitch_exercise.check,
            pitch_verdicts_html,
        )


def _said(key: str) -> str:
    """An introduction as its author says it, with their name and its length (escaped)."""
    text = pitch.compose(pitch_exercise.parts(key, get_language()))
    name = html.escape(t(f"exercise.pitch.{key}.name"))
    words = html.escape(plural("pitch.length.words", pitch.word_count(text)))
    return f"<b>{name}</b> ({words})<br><i>{html.escape(text)}</i>"


def pitch_verdicts_html(verdicts: list[Verdict]) -> str:
    """The feedback for every introduction, then the score."""
    rows = "".join(f"<li>{_said(v.key)}<br>{verdict_span(v)}</li>" for v in verdicts)
    total = html.escape(t("exercise.score", right=score(verdicts), total=len(verdicts)))
    return f"<ol>{rows}</ol><p><b>{total}</b></p>"
