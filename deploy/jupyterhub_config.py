"""JupyterHub configuration for Atelier Réseau (any JupyterHub; TLJH loads it as a config snippet).

Environment (all optional):
  ATELIER_HUB_AUTH      tmp (anonymous temporary users, for a room) or lti (a school's LMS)
  ATELIER_COHORT_DIR    the cohort's shared folder (default /srv/atelier)
  ATELIER_NOTEBOOKS     the workshop notebooks (default: the checkout the package runs from)
  ATELIER_PYTHON        the Python of users' servers (TLJH: /opt/tljh/user/bin/python)
  ATELIER_IDLE_MINUTES  stop a server left idle this long (default 60); "off" when the
                        distribution runs its own culler (TLJH's services.cull, Z2JH's cull)
  LTI_ISSUER, LTI_CLIENT_ID, LTI_AUTHORIZE_URL, LTI_JWKS_URL   given by the LMS (lti only)
"""

import os
import sys
from pathlib import Path

from toolkit.app import hub

c = get_config()  # noqa: F821 - given by JupyterHub

idle = os.environ.get("ATELIER_IDLE_MINUTES", str(hub.IDLE_MINUTES))
notebooks = os.environ.get("ATELIER_NOTEBOOKS")
hub.configure(
    c,
    cohort_dir=Path(os.environ.get("ATELIER_COHORT_DIR", "/srv/atelier")),
    python=os.environ.get("ATELIER_PYTHON", sys.executable),
    notebooks=Path(notebooks) if notebooks else None,
    culler=idle != "off",
    idle_minutes=float(idle) if idle != "off" else hub.IDLE_MINUTES,
)

auth = os.environ.get("ATELIER_HUB_AUTH", "tmp")
if auth == "tmp":
    # A room: whoever opens the address gets a new anonymous user (nothing to type).
    c.JupyterHub.authenticator_class = "tmp"
    c.Authenticator.allow_all = True
elif auth == "lti":
    # A school's LMS (Moodle, Canvas, Open edX...) launches the workshop as an LTI 1.3 tool.
    c.JupyterHub.authenticator_class = "ltiauthenticator.lti13.auth.LTI13Authenticator"
    c.LTI13Authenticator.issuer = os.environ["LTI_ISSUER"]
    c.LTI13Authenticator.client_id = {os.environ["LTI_CLIENT_ID"]}
    c.LTI13Authenticator.authorize_url = os.environ["LTI_AUTHORIZE_URL"]
    c.LTI13Authenticator.jwks_endpoint = os.environ["LTI_JWKS_URL"]
    c.LTI13Authenticator.username_key = "sub"  # the LMS's opaque id: no e-mail as a user name
    c.Authenticator.allow_all = True  # everyone the LMS launches belongs to the course
    c.Authenticator.manage_groups = True  # teachers of the course are the trainers
    c.Authenticator.post_auth_hook = hub.lti_post_auth_hook()
