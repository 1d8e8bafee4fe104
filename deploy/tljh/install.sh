#!/usr/bin/env bash
# Atelier Réseau on The Littlest JupyterHub (one server, up to about 100 users; see ../README.md).
# Run as root on the server, from a checkout of the project, after TLJH's own bootstrap
# (its installer: `curl -L <tljh bootstrap.py> | sudo python3 - --admin <trainer>`).
set -euo pipefail
cd "$(dirname "$0")/../.."

# 1. The package into the users' environment, and the notebooks where every user can read them.
/opt/tljh/user/bin/pip install --quiet ".[hub]"
# The hub reads toolkit.app.hub from its config: it imports nothing beyond the standard library
# (a test checks it), so the hub's environment takes the package without its dependencies.
/opt/tljh/hub/bin/pip install --quiet --no-deps .
# LMS logins (ATELIER_HUB_AUTH=lti) need the LTI authenticator in the hub's environment.
/opt/tljh/hub/bin/pip install --quiet jupyterhub-ltiauthenticator
install -d -m 0755 /srv/atelier
cp -r workshops /srv/atelier/
# 2. The cohort's summaries: the hub's cohort service (toolkit.app.cohort_service, run by the
# hub as root) alone keeps them, in a folder no user can list or read; users send theirs to it
# with their server's hub token, trainers read them back through it.
install -d -m 0700 /srv/atelier/cohort

# 3. The workshop's configuration, loaded after TLJH's own.
install -m 0644 deploy/jupyterhub_config.py /opt/tljh/config/jupyterhub_config.d/atelier.py
install -d /etc/systemd/system/jupyterhub.service.d
cat > /etc/systemd/system/jupyterhub.service.d/atelier.conf <<'CONF'
[Service]
Environment=ATELIER_PYTHON=/opt/tljh/user/bin/python
Environment=ATELIER_NOTEBOOKS=/srv/atelier/workshops
Environment=ATELIER_COHORT_DIR=/srv/atelier
Environment=ATELIER_IDLE_MINUTES=off
Environment=ATELIER_HUB_AUTH=tmp
CONF
# TLJH runs the idle culler itself: an hour without activity stops a server, its home stays.
tljh-config set services.cull.timeout 3600
# Memory and CPU per user, from the sizing table in deploy/README.md.
tljh-config set limits.memory 1G
tljh-config set limits.cpu 1
# The trainers' group: add each trainer in the hub's admin page (Groups > trainers).
systemctl daemon-reload
tljh-config reload hub
