"""Atelier Réseau: map your network, draft a precise ask, plan your follow-ups.

Kept light on import: heavy modules (pandas, plotly, widgets) load when first used.
"""

import logging

from toolkit.i18n import get_language, set_language

# Unexpected errors are logged for whoever configures logging (a trainer, a test), never printed
# into a participant's notebook as a traceback.
logging.getLogger("toolkit").addHandler(logging.NullHandler())

__all__ = ["get_language", "set_language"]
__version__ = "0.1.0"
