"""Ask outputs that follow the open workspace: helpers on the egogram, before and after."""

from __future__ import annotations

from toolkit.ask.screens.first_attempt import before_after_html, before_after_of
from toolkit.ask.screens.helpers import helpers_chart
from toolkit.core.screens.live import show_live
from toolkit.core.session import Session
from toolkit.i18n import t


def show_helpers_chart(session: Session) -> None:
    """Show the egogram with the latest ask's candidate helpers ringed; it refreshes."""
    show_live(
        session, "chart:helpers", lambda: helpers_chart(session.workspace)._repr_mimebundle_()
    )


def show_before_after(session: Session) -> None:
    """Show the first attempt next to the final ask, with both verdicts; it refreshes."""

    def render() -> dict:
        result = before_after_of(session.workspace)
        return {
            "text/html": before_after_html(result),
            "text/plain": t("ask_steps.before_after.title"),
        }

    show_live(session, "before-after", render)
