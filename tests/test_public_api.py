"""What notebooks and other code may import stays what it is: a rename shows up here first."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "toolkit": ["get_language", "set_language"],
    "toolkit.ui": [
        "AskBuilder", "CircleExercise", "ClassifyExercise", "ContactImporter", "ContactTable",
        "DebriefExercise",
        "Describer", "DraftWriter", "FirstAttempt", "FollowUpExercise", "HelperFinder",
        "InteractionLog", "InterviewDebrief", "InterviewPrep", "Planner", "QuickAdd", "Reflection",
        "RewriteExercise", "SnapshotSaver", "TakeAway", "TieEditor", "WorkspacePicker",
        "ask_builder", "calendar_download", "circle_exercise", "classify_exercise",
        "current_session",
        "debrief_exercise", "debrief_interview", "describe_contacts", "describe_many",
        "first_attempt", "followup_exercise", "import_contacts", "log_interactions", "mark_ties",
        "message_drafts",
        "plan_follow_ups", "prepare_interview", "quick_add", "reflect", "rewrite_exercise",
        "show_before_after", "show_chart", "show_cohort", "show_first_actions", "show_health",
        "show_helpers_chart", "show_plan", "show_plan_chart", "show_progress", "show_summary",
        "snapshot_saver", "take_away", "who_can_help", "workspace_picker",
        "PitchBuilder", "PitchTimer", "TrioGrid", "pitch_builder", "pitch_timer", "trio_grid",
        "three_minute_introduction", "GiveFirst", "give_first", "PitchExercise", "pitch_exercise",
    ],
    "toolkit.map.importers": [
        "FORMATS", "ImportFileError", "ImportReport", "ImportResult", "Issue", "import_file",
        "read_contacts",
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_names_stay_what_they_are(name):
    module = importlib.import_module(name)
    assert sorted(module.__all__) == sorted(PUBLIC[name])
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert missing == []
