"""Files handed to the participant from the page itself: no server path, no CDN."""

from __future__ import annotations

import base64
import html

from toolkit.i18n import t


def download_link(data: bytes, filename: str, mime: str) -> str:
    """A link that saves ``data`` as a file from the page itself: no server path, no CDN."""
    encoded = base64.b64encode(data).decode("ascii")
    name = html.escape(filename)
    return (
        f"<a download='{name}' href='data:{mime};base64,{encoded}' "
        "style='font-size:1.1em;font-weight:bold'>"
        f"⬇ {html.escape(t('followups.ui.download', file=filename))}</a>"
    )


def page_link(page: str, filename: str, text: str) -> str:
    """A link that opens an HTML page in a new tab, or saves it as ``filename``."""
    data = base64.b64encode(page.encode("utf-8")).decode("ascii")
    return (
        f"<a download='{html.escape(filename)}' target='_blank' "
        f"href='data:text/html;charset=utf-8;base64,{data}'>{html.escape(text)}</a>"
    )
