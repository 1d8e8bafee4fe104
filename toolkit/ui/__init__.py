"""Screens for notebooks: the only package that imports ipywidgets. Cells call these."""

from __future__ import annotations

import ipywidgets as widgets
from IPython.display import display

from toolkit.ask.pitch import THIRTY_SECONDS
from toolkit.ask.screens.builder import AskBuilder
from toolkit.ask.screens.displays import show_before_after, show_helpers_chart
from toolkit.ask.screens.drafts import DraftWriter
from toolkit.ask.screens.exercise import ClassifyExercise, RewriteExercise
from toolkit.ask.screens.first_attempt import FirstAttempt
from toolkit.ask.screens.helpers import HelperFinder
from toolkit.ask.screens.pitch import PitchBuilder, PitchExercise, PitchTimer, TrioGrid
from toolkit.cohort.screens.dashboard import show_cohort
from toolkit.core.session import Session
from toolkit.health.screens.displays import show_health, show_progress
from toolkit.health.snapshots import keep_first_snapshot
from toolkit.i18n import get_language, t
from toolkit.interviews.meetings import introduction_target
from toolkit.interviews.screens.exercise import DebriefExercise
from toolkit.interviews.screens.meetings import InterviewDebrief, InterviewPrep
from toolkit.map.screens.describe import Describer
from toolkit.map.screens.displays import show_summary
from toolkit.map.screens.exercise import CircleExercise
from toolkit.map.screens.importer import ContactImporter
from toolkit.map.screens.interactions import InteractionLog
from toolkit.map.screens.quick_add import QuickAdd
from toolkit.map.screens.reflection import Reflection
from toolkit.map.screens.table import ContactTable
from toolkit.map.screens.ties import TieEditor
from toolkit.plan.screens.displays import (
    calendar_download,
    show_first_actions,
    show_plan,
    show_plan_chart,
)
from toolkit.plan.screens.exercise import FollowUpExercise
from toolkit.plan.screens.give_first import GiveFirst
from toolkit.plan.screens.planner import Planner
from toolkit.review.screens.displays import show_chart
from toolkit.review.screens.snapshot import SnapshotSaver
from toolkit.review.screens.takeaway import TakeAway
from toolkit.ui.picker import WorkspacePicker

__all__ = [
    "AskBuilder",
    "CircleExercise",
    "ClassifyExercise",
    "ContactImporter",
    "ContactTable",
    "DebriefExercise",
    "Describer",
    "DraftWriter",
    "FirstAttempt",
    "FollowUpExercise",
    "GiveFirst",
    "HelperFinder",
    "InteractionLog",
    "InterviewDebrief",
    "InterviewPrep",
    "PitchBuilder",
    "PitchExercise",
    "PitchTimer",
    "Planner",
    "QuickAdd",
    "Reflection",
    "RewriteExercise",
    "SnapshotSaver",
    "TakeAway",
    "TieEditor",
    "TrioGrid",
    "WorkspacePicker",
    "ask_builder",
    "calendar_download",
    "circle_exercise",
    "classify_exercise",
    "current_session",
    "debrief_exercise",
    "debrief_interview",
    "describe_contacts",
    "describe_many",
    "first_attempt",
    "followup_exercise",
    "give_first",
    "import_contacts",
    "log_interactions",
    "mark_ties",
    "message_drafts",
    "pitch_builder",
    "pitch_exercise",
    "pitch_timer",
    "plan_follow_ups",
    "prepare_interview",
    "quick_add",
    "reflect",
    "rewrite_exercise",
    "show_before_after",
    "show_chart",
    "show_cohort",
    "show_first_actions",
    "show_health",
    "show_helpers_chart",
    "show_plan",
    "show_plan_chart",
    "show_progress",
    "show_summary",
    "snapshot_saver",
    "take_away",
    "three_minute_introduction",
    "trio_grid",
    "who_can_help",
    "workspace_picker",
]


def _show(screen: widgets.Widget) -> None:
    """Show a screen; a saved notebook (or any front end without widgets) shows a sentence
    telling what to do instead of the widget's Python repr."""
    bundle = screen._repr_mimebundle_()
    display({**bundle, "text/plain": t("ui.run_to_show")} if bundle else screen, raw=bool(bundle))


_kernel_session: Session | None = None


def current_session() -> Session:
    """The kernel's one session: the picker and every form shown before it share it, so a
    cell run before the picker follows the workspace it opens later."""
    global _kernel_session
    if _kernel_session is None:
        _kernel_session = Session()
    return _kernel_session


def workspace_picker() -> Session:
    """Show the workspace picker and return the session every later cell works on (the
    kernel's one session: forms shown by cells run before this one follow it too)."""
    session = current_session()
    keep_first_snapshot(session)  # before the picker opens a workspace: the first fill counts
    _show(WorkspacePicker(session))
    return session


def snapshot_saver(session: Session) -> None:
    """Show the button that saves today's health figures."""
    _show(SnapshotSaver(session))


def take_away(session: Session) -> None:
    """Show the participant's report to download and the summary they choose to share."""
    _show(TakeAway(session))


def quick_add(session: Session) -> None:
    """Show the memory prompts to add people fast."""
    _show(QuickAdd(session))


def import_contacts(session: Session) -> None:
    """Show the file chooser that imports contacts from LinkedIn, Google, Outlook or a vCard."""
    _show(ContactImporter(session))


def describe_contacts(session: Session) -> None:
    """Show the form that places contacts in circles and describes them."""
    _show(Describer(session))


def describe_many(session: Session) -> None:
    """Show the table that describes ten contacts at a time, the undescribed ones first."""
    _show(ContactTable(session))


def log_interactions(session: Session) -> None:
    """Show the form that logs an exchange with a contact."""
    _show(InteractionLog(session))


def mark_ties(session: Session) -> None:
    """Show the form that notes who knows whom."""
    _show(TieEditor(session))


def reflect(session: Session) -> None:
    """Show the three boxes for what the participant notices."""
    _show(Reflection(session))


def circle_exercise() -> CircleExercise:
    """Show the circles exercise; keep it in a variable to check it in a later cell."""
    exercise = CircleExercise()
    _show(exercise)
    return exercise


def ask_builder(session: Session) -> None:
    """Show the guided ask builder with the checker's live feedback."""
    _show(AskBuilder(session))


def first_attempt(session: Session) -> None:
    """Show the box for the ask as the participant would say it today (kept for later)."""
    _show(FirstAttempt(session))


def pitch_builder(session: Session) -> None:
    """Show the 30-second introduction builder, its timer and the observer's checklist."""
    _show(PitchBuilder(session))


def pitch_exercise() -> PitchExercise:
    """Show the five introductions to judge; keep it in a variable to check it later."""
    exercise = PitchExercise()
    _show(exercise)
    return exercise


def pitch_timer(seconds: int = 30) -> None:
    """Show a countdown (30 seconds unless told), for practising aloud."""
    _show(PitchTimer(seconds))


def trio_grid() -> None:
    """Show the trio practice grid: everyone speaks, listens and observes once."""
    _show(TrioGrid())


def who_can_help(session: Session) -> None:
    """Show who can help with the latest saved ask, and through whom to reach the others."""
    _show(HelperFinder(session))


def message_drafts(session: Session) -> None:
    """Show the email, LinkedIn and phone drafts of the latest ask, and the "shared" button."""
    _show(DraftWriter(session))


def rewrite_exercise() -> RewriteExercise:
    """Show the five vague asks to rewrite; keep it in a variable to check it later."""
    exercise = RewriteExercise()
    _show(exercise)
    return exercise


def classify_exercise() -> ClassifyExercise:
    """Show the asks to classify; keep it in a variable to check it later."""
    exercise = ClassifyExercise()
    _show(exercise)
    return exercise


def plan_follow_ups(session: Session) -> None:
    """Show the follow-up planner: rhythms, the coming weeks, done / skip / put off, export."""
    _show(Planner(session))


def give_first(session: Session) -> None:
    """Show one gesture for each of the ten closest contacts, each planned in one click."""
    _show(GiveFirst(session))


def followup_exercise() -> FollowUpExercise:
    """Show the follow-ups exercise; keep it in a variable to check it in a later cell."""
    exercise = FollowUpExercise()
    _show(exercise)
    return exercise


def prepare_interview(session: Session) -> None:
    """Show the preparation of an informational interview, its sheet and the "asked" button."""
    _show(InterviewPrep(session))


def three_minute_introduction(session: Session) -> None:
    """Show the pitch builder with step 5's three-minute target, starting from the 30-second
    introduction saved at step 2."""
    _show(PitchBuilder(session, introduction_target(get_language()), start_from=THIRTY_SECONDS))


def debrief_interview(session: Session) -> None:
    """Show the debrief form: names given become contacts, follow-ups are planned."""
    _show(InterviewDebrief(session))


def debrief_exercise() -> DebriefExercise:
    """Show the debrief exercise; keep it in a variable to check it in a later cell."""
    exercise = DebriefExercise()
    _show(exercise)
    return exercise
