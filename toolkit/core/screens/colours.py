"""The colours screens use to say how something went, in one place (AA contrast on white)."""

OK = "#00703C"
WARNING = "#8A5A00"
ERROR = "#B00020"
QUIET = "#52606D"  # secondary text: reasons, unanswered

FEEDBACK_COLOURS = {"ok": OK, "warning": WARNING, "error": ERROR}
VERDICT_COLOURS = {"right": OK, "close": WARNING, "wrong": ERROR, "unanswered": QUIET}
