"""The workshop under JupyterHub: each hub user's single-user server is the app.

Three pieces, all driven by JupyterHub's own machinery (nothing home-made for users, logins or
processes):

- ``configure(c, ...)``, called from a ``jupyterhub_config.py`` (see ``deploy/``): every user's
  server is ``python -m toolkit.app.hub``; the cohort's summaries are kept by a hub service
  (``toolkit.app.cohort_service``) that every user may send their own summary to and only
  members of the trainers' hub group read back (the hub's roles and scopes decide); the idle
  culler runs as a hub service.
- ``main()``, that single-user server: ``jupyterhub-singleuser`` (the hub's login guards every
  page) with Voilà as a server extension, no JupyterLab and no terminal; the participant's folder
  is in their home (persistent across sessions); the hub's user replaces the browser cookie.
- a server extension: the home page ``/atelier`` listing the steps this user may open.
"""

from __future__ import annotations

import hashlib
import html
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from toolkit import i18n
from toolkit.app.pages import TRAINER_ONLY, notebook_title, room_steps
from toolkit.core import hub, workspaces
from toolkit.i18n import t

APP_DATA = Path(__file__).parent / "data"  # the offline Voilà template "atelier"
HUB_PAGES = Path(__file__).parent / "hub_pages"  # the trainer's cohort dashboard, per language
APP_PAGE = Path(__file__).parent / "room_notebook" / "atelier.ipynb"  # every step, one kernel
HOME_PAGE = "atelier"  # the server's default page: /user/<name>/atelier
PAGES_FOLDER = ".atelier-pages"  # in the user's home: the notebooks this user may open
WORKSPACE_FOLDER = "atelier"  # in the user's home: their workspaces (persistent)
TRAINERS_GROUP = "trainers"
TRAINER_GUIDES = ("00_guide", "00_facilitator")
IDLE_MINUTES = 60  # the hub's culler stops a server left this long; its folder stays
KERNEL_IDLE_SECONDS = 30 * 60  # inside a server: a page left without a browser
NOTEBOOKS_ENV = "ATELIER_NOTEBOOKS"  # where the workshop notebooks are (default: the checkout)
COHORT_SERVICE_URL = "http://127.0.0.1:10130"  # the cohort service, as users' servers reach it


def role_of(group_names: list[str], trainers_group: str = TRAINERS_GROUP) -> str:
    """The role a hub user gets from their groups: trainer or participant."""
    return hub.TRAINER if trainers_group in group_names else "participant"


def spawn_hook(
    cohort_url: str = COHORT_SERVICE_URL, trainers_group: str = TRAINERS_GROUP
) -> Callable[[Any], None]:
    """A ``Spawner.pre_spawn_hook``: the role and the cohort service's address in the server's
    environment, decided by the hub from the user's groups at each start (never by the
    browser). No folder is given: the summaries are the service's alone."""

    def hook(spawner: Any) -> None:
        role = role_of([group.name for group in spawner.user.groups], trainers_group)
        # A new dict: the configured one may be shared by every spawner.
        environment = {**spawner.environment, hub.ROLE_ENV: role, hub.COHORT_URL_ENV: cohort_url}
        environment.pop(hub.COHORT_ENV, None)
        spawner.environment = environment

    return hook


LTI_ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles"  # LTI 1.3 roles claim
LTI_TRAINER_ROLES = ("#Instructor", "#TeachingAssistant", "#Administrator")


def lti_groups(auth_state: dict | None, trainers_group: str = TRAINERS_GROUP) -> list[str]:
    """The hub groups of a user coming from a school's LMS (LTI 1.3): teachers and assistants
    of the course are the cohort's trainers, learners are participants."""
    roles = (auth_state or {}).get(LTI_ROLES) or []
    trainer = any(str(role).endswith(LTI_TRAINER_ROLES) for role in roles)
    return [trainers_group] if trainer else []


def lti_post_auth_hook(trainers_group: str = TRAINERS_GROUP) -> Callable[..., dict]:
    """An ``Authenticator.post_auth_hook`` for ``LTI13Authenticator`` (with
    ``Authenticator.manage_groups = True``): the LMS role decides the trainers' group at every
    login."""

    def hook(authenticator: Any, handler: Any, authentication: dict) -> dict:
        groups = lti_groups(authentication.get("auth_state"), trainers_group)
        return {**authentication, "groups": groups}

    return hook


def configure(
    c: Any,
    *,
    cohort_dir: Path,
    trainers_group: str = TRAINERS_GROUP,
    idle_minutes: float = IDLE_MINUTES,
    cull_every_seconds: int = 60,
    python: str = sys.executable,
    notebooks: Path | None = None,
    culler: bool = True,
    cohort_service_url: str = COHORT_SERVICE_URL,
) -> None:
    """Set a JupyterHub config ``c`` for the workshop: the single-user command, its home page,
    the role hook, the cohort service with its roles and scopes, and (unless the distribution
    runs its own, as TLJH and Z2JH do) the idle culler service with the scopes it needs."""
    cohort_dir = Path(cohort_dir)
    c.Spawner.cmd = [python, "-m", "toolkit.app.hub"]
    c.Spawner.default_url = "/" + HOME_PAGE
    if notebooks is not None:
        c.Spawner.environment = {**_set(c.Spawner.environment, dict), NOTEBOOKS_ENV: str(notebooks)}
    c.Spawner.pre_spawn_hook = spawn_hook(cohort_service_url, trainers_group)
    c.JupyterHub.load_groups = {trainers_group: {"users": []}}  # exists, members added by admins
    # The service runs in the hub's own environment (where TLJH installs the package).
    _cohort_service(c, cohort_dir / hub.COHORT_FOLDER, cohort_service_url, trainers_group)
    if not culler:
        return
    c.JupyterHub.services = [
        *[s for s in _set(c.JupyterHub.services, list) if s.get("name") != "idle-culler"],
        {
            "name": "idle-culler",
            "command": [
                python, "-m", "jupyterhub_idle_culler",
                f"--timeout={round(idle_minutes * 60)}", f"--cull-every={cull_every_seconds}",
            ],
        },
    ]  # fmt: skip
    c.JupyterHub.load_roles = [
        *[r for r in _set(c.JupyterHub.load_roles, list) if r.get("name") != "idle-culler"],
        {
            "name": "idle-culler",
            "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
            "services": ["idle-culler"],
        },
    ]


ACCESS_COHORT = f"access:services!service={hub.SERVICE_NAME}"
SERVER_SCOPES = ["users:activity!user", "access:servers!server"]  # JupyterHub's "server" role


def _cohort_service(c: Any, folder: Path, url: str, trainers_group: str) -> None:
    """The cohort service, run by the hub as its own user, and who may use it: every user may
    send their summary (the default ``user`` role gains access to the service), the trainers'
    group reads (a custom scope); a server's token carries what its user holds of both."""
    c.JupyterHub.services = [
        *[s for s in _set(c.JupyterHub.services, list) if s.get("name") != hub.SERVICE_NAME],
        {
            "name": hub.SERVICE_NAME,
            "url": url,
            "command": [sys.executable, "-m", "toolkit.app.cohort_service", f"--folder={folder}"],
            "display": False,
        },
    ]
    c.JupyterHub.custom_scopes = {
        **_set(c.JupyterHub.custom_scopes, dict),
        hub.READ_SCOPE: {"description": "Read the anonymous summaries shared by the cohort."},
    }
    named = ("user", "atelier-trainer")
    c.JupyterHub.load_roles = [
        *[r for r in _set(c.JupyterHub.load_roles, list) if r.get("name") not in named],
        {"name": "user", "scopes": ["self", ACCESS_COHORT]},
        {"name": "atelier-trainer", "groups": [trainers_group], "scopes": [hub.READ_SCOPE]},
    ]
    c.Spawner.server_token_scopes = [*SERVER_SCOPES, ACCESS_COHORT, hub.READ_SCOPE]


def _set(value: Any, kind: type) -> Any:
    """A config value already set in ``jupyterhub_config.py``, or an empty one of ``kind``
    (traitlets gives a lazy placeholder for what is not set yet)."""
    return value if isinstance(value, kind) else kind()


def prepare_pages(notebooks: Path, target: Path, trainer: bool) -> Path:
    """Copy into ``target`` the notebooks this user may open: the app page (every step in one
    page and one kernel, as in a room), the steps it is made from, per language, and for a
    trainer the facilitator guide and the cohort dashboard. Voilà serves only this folder, so a
    participant has no address that reaches a trainer's page. Copies left from an earlier
    role are removed."""
    wanted: dict[Path, Path] = {}
    for lang in i18n.LANGUAGES:
        for path in sorted((notebooks / lang).glob("*.ipynb")):
            if not path.name.startswith(TRAINER_ONLY) or (
                trainer and path.name.startswith(TRAINER_GUIDES)
            ):
                wanted[Path(lang) / path.name] = path
        if trainer:
            for path in sorted((HUB_PAGES / lang).glob("*.ipynb")):
                wanted[Path(lang) / path.name] = path
    wanted[Path(APP_PAGE.name)] = APP_PAGE
    workspaces.private_folder(target)
    for old in target.rglob("*.ipynb"):
        if old.relative_to(target) not in wanted:
            old.unlink()
    for relative, source in wanted.items():
        copy = target / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not copy.is_file() or _digest(copy) != _digest(source):
            shutil.copyfile(source, copy)
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def home_page(pages: Path, lang: str, base_url: str, trainer: bool) -> str:
    """This user's home page: each step a link into the app page, and for a trainer the guide
    and the dashboard (their own pages); every text escaped."""
    other = "en" if lang == "fr" else "fr"
    render = f"{html.escape(base_url)}voila/render/"
    links = [
        (f"{render}{APP_PAGE.name}?step={number}&amp;lang={lang}", title)
        for number, (title, _) in enumerate(room_steps(pages, lang), start=1)
    ]
    if trainer:
        links += [
            (f"{render}{html.escape(path.relative_to(pages).as_posix())}", notebook_title(path))
            for path in sorted((pages / lang).glob("*.ipynb"))
            if path.name.startswith(TRAINER_ONLY)
        ]
    items = "\n".join(
        f'<li><a href="{href}">{html.escape(title)}</a></li>' for href, title in links
    )
    trainer_note = f'<p class="trainer">{html.escape(t("hub.trainer", lang))}</p>'
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(t("app.title", lang))}</title>
<link rel="icon" href="data:;base64,=">
<style>
body {{ font: 18px/1.5 system-ui, sans-serif; max-width: 46em; margin: 3em auto; padding: 0 1em;
       color: #1b1b1b; }}
h1 {{ font-size: 1.8em; }} li {{ margin: .6em 0; }} a {{ color: #0072B2; }}
.note {{ color: #555; }}
</style></head>
<body>
<h1>{html.escape(t("app.title", lang))}</h1>
{trainer_note if trainer else ""}
<p>{html.escape(t("hub.intro", lang))}</p>
<ol class="steps">
{items}
</ol>
<p class="note">{html.escape(t("hub.privacy", lang))} {html.escape(t("hub.stopped", lang))}</p>
<p><a href="{html.escape(base_url)}{HOME_PAGE}?lang={other}">{html.escape(t("app.other_language", lang))}</a></p>
</body></html>"""  # noqa: E501


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": "toolkit.app.hub"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """Add the home page to the single-user server (behind the hub's login, as every page)."""
    from jupyter_server.base.handlers import JupyterHandler
    from jupyter_server.utils import url_path_join
    from tornado import web

    pages = Path(serverapp.root_dir)
    # Under a server (not standalone), Voilà's pages load MathJax from a CDN unless both its
    # address and its configuration are unset (then the bundled typesetter is used): a cohort
    # may be offline, as a room is.
    serverapp.web_app.settings.update(mathjax_url=None, mathjax_config=None)

    class HomeHandler(JupyterHandler):
        @web.authenticated
        def get(self) -> None:
            lang = self.get_argument("lang", i18n.get_language())
            lang = lang if lang in i18n.LANGUAGES else i18n.get_language()
            self.set_header("Cache-Control", "no-store")
            self.finish(home_page(pages, lang, self.base_url, hub.is_trainer()))

    route = url_path_join(serverapp.base_url, HOME_PAGE)
    serverapp.web_app.add_handlers(".*$", [(route, HomeHandler)])


def server_arguments(pages: Path) -> list[str]:
    """The single-user server's options: Voilà on the user's pages, nothing else to open."""
    return [
        f"--ServerApp.root_dir={pages}",
        "--ServerApp.terminals_enabled=False",
        "--ServerApp.jpserver_extensions=toolkit.app.hub=True",
        "--ServerApp.jpserver_extensions=jupyterlab=False",
        "--ServerApp.jpserver_extensions=notebook=False",
        "--ServerApp.jpserver_extensions=jupyter_lsp=False",
        "--VoilaConfiguration.template=atelier",
        # No extension_denylist here (``atelier app`` has one for jupytext): under the server
        # extension, a deny list without an allow list fails every page (voila 0.5.13).
        "--VoilaConfiguration.show_tracebacks=False",
        "--VoilaConfiguration.progressive_rendering=True",
        f"--MappingKernelManager.cull_idle_timeout={KERNEL_IDLE_SECONDS}",
        "--MappingKernelManager.cull_interval=120",
        "--MappingKernelManager.cull_connected=False",
    ]


def server_environment(environ: dict[str, str], home: Path) -> dict[str, str]:
    """The environment of the user's server and kernels: app mode, the user's persistent
    workspace folder in their home, and the offline Voilà template found."""
    environment = dict(environ)
    environment[workspaces.APP_ENV] = "1"
    environment.setdefault("ATELIER_WORKSPACE_DIR", str(home / WORKSPACE_FOLDER))
    environment.pop("ATELIER_WORKSPACE", None)  # a preselected workspace would be everyone's
    paths = [str(APP_DATA), environment.get("JUPYTER_PATH", "")]
    environment["JUPYTER_PATH"] = os.pathsep.join(p for p in paths if p)
    # The app page's steps and its "home" link: this user's pages and home page.
    environment["ATELIER_STEPS_DIR"] = str(home / PAGES_FOLDER)
    prefix = environment.get("JUPYTERHUB_SERVICE_PREFIX", "/")
    environment["ATELIER_HOME_URL"] = prefix.rstrip("/") + "/" + HOME_PAGE
    return environment


def main(argv: list[str] | None = None) -> None:
    """Run this user's single-user server (the hub starts it; see ``configure``)."""
    home = Path(os.environ.get("HOME") or Path.cwd())
    os.environ.update(server_environment(dict(os.environ), home))
    notebooks = Path(os.environ.get(NOTEBOOKS_ENV) or workspaces.repo_root() / "workshops")
    pages = prepare_pages(notebooks, home / PAGES_FOLDER, hub.is_trainer())
    workspaces.private_folder(Path(os.environ["ATELIER_WORKSPACE_DIR"]))
    from jupyterhub.singleuser import main as singleuser

    arguments = server_arguments(pages)
    if os.geteuid() == 0:  # a test or CI machine running everything as root: no user to drop to
        arguments.append("--allow-root")
    sys.argv = ["jupyterhub-singleuser", *arguments, *(argv or sys.argv[1:])]
    singleuser()


if __name__ == "__main__":
    main()
