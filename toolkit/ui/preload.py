"""What a workshop kernel knows before any cell runs, so that each cell works when run alone.

``atelier workshop`` has every kernel start with ``from toolkit.ui.preload import *`` (an
IPython startup file): a cell run before the first one finds ``ui`` and ``atelier`` instead of
raising a NameError, and the forms it shows follow the workspace the picker opens later (they
share the kernel's one session).
"""

import toolkit
from toolkit import ui

atelier = ui.current_session()

__all__ = ["atelier", "toolkit", "ui"]
