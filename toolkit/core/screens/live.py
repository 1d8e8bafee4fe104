"""Outputs that follow the open workspace: shown once, refreshed in place when it changes.

They are ordinary notebook outputs (HTML, plotly JSON), so saved notebooks show them without a
kernel and nbval compares them; a display id lets a change of workspace update them in place.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
from IPython.display import clear_output, display

from toolkit.core import workspaces
from toolkit.core.session import Session
from toolkit.i18n import t


def _show_in_app(session: Session, key: str, bundle) -> None:
    """The same, in app mode: Voilà shows nothing a button's callback displays later unless
    it goes into an output widget, so the bundle lives in one and is replaced there."""

    def outputs(data: dict) -> tuple[dict, ...]:
        return ({"output_type": "display_data", "data": data, "metadata": {}},)

    area = widgets.Output()
    area.outputs = outputs(bundle())

    def refresh() -> None:
        # Through the kernel's output routing, as Voilà expects: the old chart stays on screen
        # until the new one arrives, and rapid changes arrive in order.
        with area:
            clear_output(wait=True)
            display(bundle(), raw=True)

    display(area)
    session.watch(key, refresh)


def show_live(session: Session, key: str, render) -> None:
    """Display ``render()`` (a MIME bundle) and re-render it in place after every change.

    Without an open workspace it says how to open one, and appears once one is opened.
    """

    def bundle() -> dict:
        if session.workspace is None:
            message = t("summary.no_workspace")
            return {"text/html": f"<p>{html.escape(message)}</p>", "text/plain": message}
        return render()

    if workspaces.app_mode():
        _show_in_app(session, key, bundle)
        return
    # Bundles go out raw: a plotly figure displayed as an object would show itself through its
    # own hook, without our display id, and could then not be updated in place.
    handle = display(bundle(), raw=True, display_id=True)

    def refresh() -> None:
        new = bundle()
        # JupyterLab reuses an output's renderer when the MIME type stays the same, and plotly's
        # renderer ignores new data once drawn; a brief text placeholder forces a fresh one.
        handle.update({"text/plain": t("summary.updating")}, raw=True)
        handle.update(new, raw=True)

    session.watch(key, refresh)
