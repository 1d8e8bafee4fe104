"""The ``atelier`` command: demo workspaces, export, erasure, and starting the workshop."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit import i18n
from toolkit.core import workspaces
from toolkit.core.errors import AtelierError, WorkspaceError
from toolkit.core.model import Relation
from toolkit.health.figures import network_report
from toolkit.i18n import plural, t

if TYPE_CHECKING:
    import pandas as pd

    from toolkit.core.store import Workspace
    from toolkit.map.importers import ImportResult

EXIT_BAD_INPUT = 2
LAB_SETTINGS = Path(__file__).parent / "app" / "lab_settings"
EXIT_CANCELLED = 1
IMPORT_FORMATS = ("auto", "linkedin", "google", "outlook", "vcard")  # toolkit.importers.FORMATS


def _language_from(argv: Sequence[str]) -> str:
    """Read ``--lang`` before building the parser, so its help is in that language too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return i18n.get_language()


def _command_from(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` that is neither an option nor the value of ``--lang``."""
    words = iter(argv)
    for word in words:
        if word == "--lang":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


class _Unused:
    """Stands in for the parser of a command that is not run this time, and takes its
    arguments without building anything (argparse looks for translation files for each parser
    it makes: about 6 ms for all of them, at every command)."""

    def __getattr__(self, name: str) -> Callable[..., _Unused]:
        return lambda *args, **kwargs: self


class _Commands:
    """Sub-commands that all accept the options of ``common`` (``--lang``) after their name;
    with ``only``, the other commands' parsers are not built."""

    def __init__(self, subparsers, common: argparse.ArgumentParser, only: str | None = None):
        self._subparsers = subparsers
        self._common = common
        self._only = only
        self.built = 0

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser | _Unused:
        if self._only is not None and name != self._only:
            return _Unused()
        self.built += 1
        return self._subparsers.add_parser(name, parents=[self._common], **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line, in the current language; with ``command``, only that command's
    parser is built (all of them when it is not one: argparse then lists the choices)."""
    parser = argparse.ArgumentParser(prog="atelier", description=t("cli.description"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=t("cli.lang_help"))
    # Every command also takes --lang after its name: `atelier health --lang en`.
    lang_after = argparse.ArgumentParser(add_help=False)
    lang_after.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=t("cli.lang_help")
    )
    commands = _Commands(
        parser.add_subparsers(dest="command", required=True), lang_after, only=command
    )

    demo = commands.add_parser("demo", help=t("cli.demo_help"))
    demo.add_argument("persona", help=t("cli.demo_persona_help"))
    demo.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    demo.add_argument("--reset", action="store_true", help=t("cli.demo_reset_help"))
    demo.set_defaults(run=run_demo)

    export = commands.add_parser("export", help=t("cli.export_help"))
    export.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    export.add_argument("out", type=Path, help=t("cli.export_out_help"))
    export.set_defaults(run=run_export)

    forget = commands.add_parser("forget", help=t("cli.forget_help"))
    forget.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    forget.add_argument("--yes", action="store_true", help=t("cli.forget_yes_help"))
    forget.set_defaults(run=run_forget)

    health = commands.add_parser("health", help=t("health.cli.help"))
    health.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    health.add_argument("--json", action="store_true", help=t("health.cli.json_help"))
    health.add_argument("--snapshot", metavar="LABEL", help=t("health.cli.snapshot_help"))
    health.set_defaults(run=run_health)

    ask = commands.add_parser("ask", help=t("asks.cli.help"))
    ask_commands = _Commands(ask.add_subparsers(dest="ask_command", required=True), lang_after)
    ask_check = ask_commands.add_parser("check", help=t("asks.cli.check_help"))
    ask_check.add_argument("text", help=t("asks.cli.text_help"))
    ask_check.add_argument("--relation", choices=[r.value for r in Relation])
    ask_check.add_argument("--circle", type=int, choices=range(1, 6))
    ask_check.add_argument("--json", action="store_true", help=t("health.cli.json_help"))
    ask_check.set_defaults(run=run_ask_check)

    importer = commands.add_parser("import", help=t("importers.cli.help"))
    importer.add_argument("file", type=Path, help=t("importers.cli.file_help"))
    importer.add_argument("--workspace", type=Path, help=t("importers.cli.workspace_help"))
    importer.add_argument(
        "--format", default="auto", choices=IMPORT_FORMATS, help=t("importers.cli.format_help")
    )
    importer.add_argument("--dry-run", action="store_true", help=t("importers.cli.dry_run_help"))
    importer.add_argument("--json", action="store_true", help=t("importers.cli.json_help"))
    importer.set_defaults(run=run_import)
    duplicates = commands.add_parser("duplicates", help=t("merge.cli.duplicates_help"))
    duplicates.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    duplicates.add_argument("--json", action="store_true", help=t("merge.cli.json_help"))
    duplicates.set_defaults(run=run_duplicates)
    merge = commands.add_parser("merge", help=t("merge.cli.help"))
    merge.add_argument("keep", type=int, nargs="?", help=t("merge.cli.keep_help"))
    merge.add_argument("other", type=int, nargs="?", help=t("merge.cli.other_help"))
    merge.add_argument("--undo", action="store_true", help=t("merge.cli.undo_help"))
    merge.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    merge.set_defaults(run=run_merge)
    plan = commands.add_parser("plan", help=t("followups.cli.help"))
    plan.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    plan.add_argument("--weeks", default="4", help=t("followups.cli.weeks_help"))
    plan.add_argument("--capacity", help=t("followups.cli.capacity_help"))
    plan.add_argument("--ics", type=Path, metavar="FILE", help=t("followups.cli.ics_help"))
    plan.add_argument("--csv", type=Path, metavar="FILE", help=t("followups.cli.csv_help"))
    plan.add_argument("--timezone", help=t("followups.cli.timezone_help"))
    plan.add_argument(
        "--cadence",
        action="append",
        default=[],
        metavar="CIRCLE=DAYS",
        help=t("followups.cli.cadence_help"),
    )
    plan.set_defaults(run=run_plan)

    interview = commands.add_parser("interview", help=t("interviews.cli.help"))
    interview_commands = _Commands(
        interview.add_subparsers(dest="interview_command", required=True), lang_after
    )
    sheet = interview_commands.add_parser("sheet", help=t("interviews.cli.sheet_help"))
    sheet.add_argument("contact", help=t("interviews.cli.contact_help"))
    sheet.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    sheet.add_argument("--out", type=Path, metavar="FILE", help=t("interviews.cli.out_help"))
    sheet.set_defaults(run=run_interview_sheet)
    pipeline = interview_commands.add_parser("pipeline", help=t("interviews.cli.pipeline_help"))
    pipeline.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    pipeline.add_argument("--json", action="store_true", help=t("health.cli.json_help"))
    pipeline.set_defaults(run=run_interview_pipeline)

    workshop = commands.add_parser("workshop", help=t("cli.workshop_help"))
    workshop.add_argument(
        "--host", default=os.environ.get("HOST") or "127.0.0.1", help=t("cli.host_help")
    )
    workshop.add_argument(
        "--port", type=int, default=int(os.environ.get("PORT") or 8888), help=t("cli.port_help")
    )
    workshop.add_argument("--notebooks", type=Path, help=t("cli.notebooks_help"))
    workshop.set_defaults(run=run_workshop)

    report = commands.add_parser("report", help=t("report.cli.help"))
    report.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    report.add_argument("--out", type=Path, required=True, help=t("report.cli.out_help"))
    report.add_argument("--pdf", type=Path, metavar="FILE", help=t("report.cli.pdf_help"))
    report.set_defaults(run=run_report)

    summary = commands.add_parser("summary", help=t("cohort.cli.help"))
    summary.add_argument("--workspace", type=Path, help=t("cli.workspace_help"))
    summary.add_argument("--out", type=Path, required=True, help=t("cohort.cli.out_help"))
    summary.add_argument("--share-ask", action="store_true", help=t("cohort.cli.share_ask_help"))
    summary.add_argument("--sector", help=t("cohort.cli.sector_help"))
    summary.add_argument("--alias", help=t("cohort.cli.alias_help"))
    summary.set_defaults(run=run_summary)

    app = commands.add_parser("app", help=t("app.help"))
    app.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8866))
    app.add_argument("--notebooks", type=Path, help=t("cli.notebooks_help"))
    app.add_argument("--idle-minutes", type=float, help=t("app.idle_help"))
    app.add_argument("--room", action="store_true", help=t("app.room.help"))
    app.add_argument("--json", action="store_true", help=t("app.room.json_help"))
    app.add_argument("--max-kernels", type=int, default=40, help=t("app.room.max_kernels_help"))
    app.add_argument("--participants", type=int, default=10, help=t("room_speed.participants_help"))
    app.set_defaults(run=run_app)
    if command is not None and not commands.built:
        return build_parser()
    return parser


def _workspace_arg(args: argparse.Namespace) -> Path:
    path = args.workspace or workspaces.preselected() or workspaces.remembered()
    if path is None:
        raise WorkspaceError("cli.no_workspace_given")
    return path


def run_demo(args: argparse.Namespace) -> int:
    """Create one demo persona, or all of them; an existing one is kept unless ``--reset``."""
    from toolkit import demo
    from toolkit.core.store import delete_workspace

    names = demo.PERSONAS if args.persona == "all" else (args.persona,)
    for name in names:
        if name not in demo.PERSONAS:
            raise AtelierError(
                "errors.unknown_persona", name=name, choices=", ".join((*demo.PERSONAS, "all"))
            )
        path = args.workspace or workspaces.demo_path(name, i18n.get_language())
        if path.exists() and args.reset:
            delete_workspace(path)
        if path.exists():
            print(t("cli.demo_kept", persona=name, path=path))
            continue
        with demo.create_persona(name, path) as workspace:
            print(
                t(
                    "cli.demo_created",
                    persona=name,
                    path=path,
                    contacts=plural("cli.n_contacts", workspace.count("contacts")),
                )
            )
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the whole workspace to a JSON file, atomically; from a read-only file too, and
    from a damaged one what can still be read (then exit 2, saying so)."""
    from toolkit.core.store import open_workspace

    path = _workspace_arg(args)
    workspaces.check_output(args.out)
    try:
        workspace = open_workspace(path)
    except WorkspaceError as error:
        if error.key != "errors.workspace_read_only":
            raise
        workspace = open_workspace(path, read_only=True)  # a copy can still be made
    with workspace:
        data = workspace.export()
    text = json.dumps(data, ensure_ascii=False, indent=2)
    workspaces.write_atomically(args.out, text.encode("utf-8"))
    counts = {
        "contacts": plural("cli.n_contacts", len(data["contacts"])),
        "interactions": plural("cli.n_exchanges", len(data["interactions"])),
    }
    if data.get("damaged"):
        print(t("cli.salvaged", path=path.name, out=args.out, **counts), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t("cli.exported", path=args.out, **counts))
    return 0


def run_forget(args: argparse.Namespace) -> int:
    """Erase a workspace after the participant confirms (or with ``--yes``)."""
    from toolkit.core.store import erase_workspace, open_workspace

    path = _workspace_arg(args)
    # says clearly when this is not a workspace, before asking
    open_workspace(path, read_only=True).close()
    if not args.yes:
        try:
            answer = input(t("cli.forget_prompt", path=path))
        except EOFError:
            answer = ""
        if answer.strip().lower() != t("cli.forget_answer"):
            print(t("cli.forget_cancelled"))
            return EXIT_CANCELLED
    removed = erase_workspace(path)
    print(t("cli.forgotten", path=path))
    copies = [p for p in removed if p != path]
    if copies:
        print(t("cli.forgotten_copies"))
        for item in copies:
            print(t("cli.forgotten_item", path=item))
    return 0


def run_health(args: argparse.Namespace) -> int:
    """Print the four questions' answers (or the figures as JSON); optionally save a snapshot."""
    from toolkit.core.session import workspace_title
    from toolkit.core.store import open_workspace
    from toolkit.health.text import report_lines

    with open_workspace(_workspace_arg(args)) as workspace:
        report = network_report(workspace.network())
        if args.snapshot:
            workspace.add_snapshot(report.today, report.figures(), args.snapshot)
        title = workspace_title(workspace)
    if args.json:
        print(json.dumps(report.figures(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report, title)))
    if args.snapshot:
        print(t("health.cli.snapshot_saved", label=args.snapshot), file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import a contact export into the workspace and print what was read, merged and skipped."""
    from toolkit.core.store import open_workspace
    from toolkit.health.snapshots import first_snapshot
    from toolkit.map.importers import import_file, read_contacts

    path = _workspace_arg(args)
    created = None
    if path.exists():
        with open_workspace(path) as workspace:
            empty = not workspace.has_rows("contacts")
            result = import_file(args.file, workspace, args.format, dry_run=args.dry_run)
            report = result.report
            if not args.dry_run:
                first_snapshot(workspace, _stored(result, workspace) if empty else None)
    else:
        # A workspace path that does not exist yet is created by the import, once the file has
        # been read: a file that cannot be imported leaves nothing behind, nor does a dry run.
        result = read_contacts(args.file, args.format)
        report = result.report
        if not args.dry_run:
            with open_workspace(path, create=True) as workspace:
                workspace.import_contacts(result.contacts, result.updates)
                first_snapshot(workspace, _stored(result, workspace))
            report.saved, created = True, path
    if args.json:
        data = {**report.to_dict(), "created_workspace": str(created) if created else None}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        lines = report.lines()
        if created:
            lines.insert(0, t("importers.cli.created", path=created))
        print("\n".join(lines))
    return 0


def _stored(result: ImportResult, workspace: Workspace) -> pd.DataFrame | None:
    """The contacts table of a workspace that held none before this import, from the imported
    frame and the ids SQLite gave it (in insertion order): the first snapshot need not read
    30,000 contacts back. ``None`` when the two do not line up."""
    import pandas as pd

    ids = workspace.contact_ids()
    if len(ids) != len(result.contacts):
        return None
    stored = result.contacts.assign(id=pd.array(ids, dtype="Int64"))
    return stored[["id", *result.contacts.columns]]


LAST_MERGE = "merge.last"  # the workspace setting holding what ``atelier merge --undo`` undoes


def run_duplicates(args: argparse.Namespace) -> int:
    """List the workspace's likely duplicates (the pairs the app proposes), with their numbers."""
    from toolkit.core.names import told_apart
    from toolkit.core.store import open_workspace
    from toolkit.map.merge import proposed_duplicates

    with open_workspace(_workspace_arg(args), read_only=True) as workspace:
        contacts = workspace.contacts()
    pairs = proposed_duplicates(contacts)
    ids = contacts["id"].astype(int).tolist()
    names = dict(zip(ids, told_apart(contacts["display_name"], contacts["company"]), strict=True))
    if args.json:
        found = [{"keep": a, "other": b, "first": names[a], "second": names[b]} for a, b in pairs]
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    if not pairs:
        print(t("merge.none"))
        return 0
    print(plural("merge.cli.pairs", len(pairs)))
    for keep, other in pairs:
        print("  " + t("merge.cli.pair", keep=keep, other=other, first=names[keep],
                       second=names[other]))  # fmt: skip
    print(t("merge.cli.how", keep=pairs[0][0], other=pairs[0][1]))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    """Merge two cards of one person (the app's merge: ``Workspace.merge_contacts`` with
    ``merge.merged_fields``), or undo the last merge made here (``--undo``)."""
    from toolkit.core.errors import ValidationError
    from toolkit.core.store import RECORD_LIMIT, open_workspace
    from toolkit.map.merge import merged_fields

    numbers = (args.keep, args.other)
    if (args.undo and numbers != (None, None)) or (not args.undo and None in numbers):
        raise ValidationError("merge.cli.two_numbers")
    # The merge and what undoes it are written together: no merge without its undo.
    with open_workspace(_workspace_arg(args)) as workspace, workspace.transaction():
        if args.undo:
            record = workspace.get_meta(LAST_MERGE)
            if not record:
                raise ValidationError("merge.cli.nothing_to_undo")
            merged = json.loads(record)
            workspace.undo_merge(merged)
            workspace.set_meta({LAST_MERGE: ""})
        else:
            merged = workspace.merge_contacts(args.keep, args.other, merged_fields)
            text = json.dumps(merged, ensure_ascii=False)
            workspace.set_meta({LAST_MERGE: text}, limit=RECORD_LIMIT)
    names = {"first": merged["kept"]["display_name"], "second": merged["other"]["display_name"]}
    print(t("merge.undone" if args.undo else "merge.cli.merged", **names))
    return 0


def run_plan(args: argparse.Namespace) -> int:
    """Print the coming weeks' follow-ups; write them as a calendar and/or a spreadsheet."""
    from toolkit.core.store import open_workspace
    from toolkit.plan import export as plan_export
    from toolkit.plan import followups

    weeks = followups.weeks_arg(args.weeks)
    for target in (args.ics, args.csv):
        if target is not None:  # said before the plan is built, and nothing is written
            workspaces.check_output(target)
    with open_workspace(_workspace_arg(args)) as workspace:
        settings = followups.settings_from_meta(workspace.meta())
        if args.capacity is not None:
            settings = settings.with_capacity(args.capacity)
        for cadence in args.cadence:
            settings = followups.cadence_arg(settings, cadence)
        if args.timezone is not None:  # a wrong zone is said before anything is written
            settings = settings.with_timezone(args.timezone)
        plan = followups.workspace_plan(workspace, weeks, settings)
        namespace = workspace.path.stem
    print("\n".join(plan_export.plan_lines(plan)))
    written = []
    if args.ics:
        data = plan_export.to_ics(plan, settings.timezone, namespace)
        workspaces.write_atomically(args.ics, data)
        written.append(args.ics)
    if args.csv:
        # with a byte-order mark, so spreadsheets read the accents right
        workspaces.write_atomically(args.csv, plan_export.to_csv(plan).encode("utf-8-sig"))
        written.append(args.csv)
    for path in written:
        print(t("followups.cli.written", path=path, count=len(plan.items)), file=sys.stderr)
    return 0


def run_interview_sheet(args: argparse.Namespace) -> int:
    """Write the printable preparation sheet for meeting one contact (by name or id)."""
    import pandas as pd

    from toolkit.ask.progress import latest_ask
    from toolkit.core.names import exact_name_key
    from toolkit.core.session import participant_first_name
    from toolkit.core.store import open_workspace
    from toolkit.interviews import meetings as interviews

    lang = i18n.get_language()
    with open_workspace(_workspace_arg(args)) as workspace:
        contacts = workspace.contacts()
        wanted = args.contact.strip()
        keys = contacts["display_name"].map(exact_name_key)
        rows = contacts[(contacts["id"].astype(str) == wanted) | (keys == exact_name_key(wanted))]
        if len(rows) != 1:
            raise AtelierError("interviews.cli.unknown_contact", contact=wanted, count=len(rows))
        contact = {k: (None if pd.isna(v) else v) for k, v in rows.iloc[0].items()}
        me = participant_first_name(workspace)
        prep = interviews.prepare(contact, latest_ask(workspace.asks()), me, lang)
    page = interviews.sheet_html(prep, lang)
    if args.out is None:
        print(page)
        return 0
    workspaces.write_atomically(args.out, page.encode("utf-8"))
    print(t("interviews.cli.written", path=args.out), file=sys.stderr)
    return 0


def run_interview_pipeline(args: argparse.Namespace) -> int:
    """Print the interview pipeline: each stage's count and the answer rate."""
    from toolkit.core.store import open_workspace
    from toolkit.interviews import meetings as interviews

    with open_workspace(_workspace_arg(args)) as workspace:
        result = interviews.funnel(
            workspace.interviews(), workspace.referrals(), workspace.interactions()
        )
    if args.json:
        print(json.dumps({**result.stages, "answer_rate": result.answer_rate}, indent=2))
        return 0
    if result.empty:
        print(t("charts.pipeline.empty"))
        return 0
    for name, count in interviews.stage_rows(result, i18n.get_language()):
        print(f"{count:6d}  {name}")
    percent = round(100 * result.answer_rate)
    print(t("interviews.cli.answer_rate", percent=percent, reference=15))
    return 0


def lab_command(host: str, port: int, notebooks: Path, *, as_root: bool, has_display: bool) -> list:
    """The JupyterLab command line for the workshop (token kept on; it comes from the env)."""
    command = [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.ip={host}", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={notebooks}",
        # Training rooms are offline: no news feed, no update check from the web.
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        # ...and no pop-up asking participants about news: the toolkit's own settings defaults.
        f"--LabApp.app_settings_dir={LAB_SETTINGS}",
        # A workshop needs no shell: on a room's network a terminal would be the server's.
        "--ServerApp.terminals_enabled=False",
    ]  # fmt: skip
    if not has_display:
        command.append("--no-browser")
    if as_root:
        command.append("--allow-root")
    return command


def workshop_url(host: str, port: int, token: str, lang: str) -> str:
    """Where the participant opens the welcome notebook: on every interface, the address other
    machines of the room reach this one at (this machine's own when it has no network)."""
    from toolkit.app.room import room_addresses

    if host in ("0.0.0.0", "::", ""):
        shown_host = next(iter(room_addresses()), "127.0.0.1")
    else:
        shown_host = host
    if ":" in shown_host:
        shown_host = f"[{shown_host}]"
    welcome = "fr/00_bienvenue.ipynb" if lang == "fr" else "en/00_welcome.ipynb"
    return f"http://{shown_host}:{port}/lab/tree/{welcome}?token={token}"


def run_ask_check(args: argparse.Namespace) -> int:
    """Say whether an ask is precise, vague or too big, criterion by criterion."""
    from dataclasses import asdict

    from toolkit.ask.checker import check

    result = check(args.text, i18n.get_language(), args.relation, args.circle)
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return 0
    print(t("asks.cli.verdict", verdict=t(f"asks.verdict.{result.verdict}"), score=result.score))
    if result.vague_words:
        print(t("asks.cli.vague_words", words=", ".join(result.vague_words)))
    marks = {"pass": "✓", "fail": "✗", "n/a": "·"}
    for criterion in result.criteria.values():
        print(f"  {marks[criterion.status]} {criterion.explanation}")
        if criterion.suggestion:
            print(f"    → {criterion.suggestion}")
    return 0


def port_is_free(host: str, port: int) -> bool:
    """Whether nothing listens on ``host:port`` yet."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def ipython_startup(folder: Path) -> Path:
    """An IPython folder whose startup file preloads the toolkit in every kernel (see
    ``toolkit.ui.preload``); the folder, to give kernels as ``IPYTHONDIR``."""
    startup = folder / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    (startup / "00-atelier.py").write_text(
        "# Atelier Réseau: each notebook cell works even when run before the first one.\n"
        "try:\n"
        "    from toolkit.ui.preload import *  # noqa: F403\n"
        "except Exception:  # never keep a kernel from starting: the first cell imports it too\n"
        "    pass\n",
        encoding="utf-8",
    )
    return folder


def run_workshop(args: argparse.Namespace) -> int:
    """Start JupyterLab on ``workshops/`` and print the address to open."""
    if not port_is_free(args.host, args.port):
        raise AtelierError("cli.port_busy", port=args.port, other=args.port + 1)
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_urlsafe(24)
    on_network = args.host not in ("127.0.0.1", "localhost", "::1")
    if on_network:  # each browser its own notebooks and workspaces (toolkit.app.lab_browsers)
        notebooks = workspaces.private_folder(workspaces.workspace_dir() / workspaces.BROWSERS)
    else:
        notebooks = args.notebooks or workspaces.notebook_copies()
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    has_display = has_display or sys.platform in ("darwin", "win32")
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    command = lab_command(args.host, args.port, notebooks, as_root=is_root, has_display=has_display)
    url = workshop_url(args.host, args.port, token, i18n.get_language())
    environment = {**os.environ, "JUPYTER_TOKEN": token, "ATELIER_LANG": i18n.get_language()}
    if on_network:
        from toolkit.app import lab_browsers

        command += [
            f"--ServerApp.jpserver_extensions={lab_browsers.__name__}=True",
            f"--LabApp.default_url={lab_browsers.START_PATH}",
        ]
        environment[workspaces.LAB_BROWSERS_ENV] = "1"
        environment[lab_browsers.SOURCE_ENV] = str(
            args.notebooks or workspaces.repo_root() / "workshops"
        )
        url = url.split("/lab/tree/")[0] + lab_browsers.START_PATH + "?token=" + token
    print(t("cli.workshop_open"), flush=True)
    print(f"    {url}", flush=True)
    print(t("cli.workshop_stop"), flush=True)
    # The token travels in the environment, not on the command line other users can read.
    # Every kernel starts knowing `ui` and `atelier`: a cell run before the first one works.
    environment["IPYTHONDIR"] = str(ipython_startup(workspaces.workspace_dir() / "ipython"))
    try:
        return subprocess.call(command, env=environment)
    except KeyboardInterrupt:
        return 0


def run_report(args: argparse.Namespace) -> int:
    """Write the participant's report as one self-contained page (and a PDF if asked)."""
    import shutil

    from toolkit.core.store import open_workspace
    from toolkit.review.takeaway import report_page

    for target in (args.out, args.pdf):
        if target is not None:
            workspaces.check_output(target)
    with open_workspace(_workspace_arg(args)) as workspace:
        page = report_page(workspace, i18n.get_language())
    workspaces.write_atomically(args.out, page)
    print(t("report.cli.written", path=args.out))
    if args.pdf:
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            print(t("report.cli.no_chromium"), file=sys.stderr)
            return 0
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--virtual-time-budget=10000",  # the charts are drawn before printing
             f"--print-to-pdf={args.pdf.resolve()}", args.out.resolve().as_uri()],
            check=False, capture_output=True, timeout=120,
        )  # fmt: skip
        with contextlib.suppress(OSError):  # personal data: for its owner only, as the page
            args.pdf.chmod(0o600)
        print(t("report.cli.written", path=args.pdf))
    return 0


def run_summary(args: argparse.Namespace) -> int:
    """Write the anonymised summary the participant chooses to share with the trainer."""
    from toolkit.cohort import summaries as cohort
    from toolkit.core.store import open_workspace
    from toolkit.review.takeaway import shared_summary, summary_bytes

    workspaces.check_output(args.out)
    with open_workspace(_workspace_arg(args)) as workspace:
        data = shared_summary(workspace, args.share_ask, args.sector, args.alias)
    workspaces.write_atomically(args.out, summary_bytes(data))
    print(t("cohort.cli.written", path=args.out))
    print(t("cohort.cli.shown_as", name=cohort.shown_as(data)))
    return 0


def run_app(args: argparse.Namespace) -> int:
    """Serve the workshop notebooks with Voilà: on this machine only (127.0.0.1), or with
    ``--room`` to the room's network, behind a room code."""
    from toolkit.app.server import IDLE_SECONDS, app_command, app_environment

    if args.room:
        return run_room(args)
    host = "127.0.0.1"  # loopback: participants' data is never offered to the network
    if not port_is_free(host, args.port):
        raise AtelierError("cli.port_busy", port=args.port, other=args.port + 1)
    notebooks = args.notebooks or workspaces.repo_root() / "workshops"
    idle = IDLE_SECONDS if args.idle_minutes is None else round(args.idle_minutes * 60)
    print(t("app.open"), flush=True)
    print(f"    http://{host}:{args.port}/", flush=True)
    print(t("app.stop"), flush=True)
    try:
        return subprocess.call(
            app_command(host, args.port, notebooks, idle),
            env=app_environment(i18n.get_language(), notebooks=notebooks),
        )
    except KeyboardInterrupt:
        return 0


def run_room(args: argparse.Namespace) -> int:
    """Open the room: every interface, a room code and a QR code, the trainer's console."""
    from toolkit.app import room as rooms
    from toolkit.app.server import ROOM_IDLE_SECONDS, app_command, app_environment

    addresses = rooms.room_addresses()
    if not addresses:
        raise AtelierError("app.room.no_address")
    host = "0.0.0.0"  # the room's network: laptops connect to this machine's address
    if not port_is_free(host, args.port):
        raise AtelierError("cli.port_busy", port=args.port, other=args.port + 1)
    notebooks = args.notebooks or workspaces.repo_root() / "workshops"
    folder = workspaces.workspace_dir() / "room"
    room = rooms.Room.open(folder)
    url = rooms.url_for(addresses[0], args.port)
    trainer_url = url + "trainer"
    join = url + "?code=" + room.room_code
    if args.json:
        print(json.dumps({"url": url, "room_code": room.room_code, "trainer_url": trainer_url,
                          "trainer_code": room.trainer_code}), flush=True)  # fmt: skip
    else:
        print(t("app.room.open"), flush=True)
        print(f"    {url}", flush=True)
        print(t("app.room.code", code=room.room_code), flush=True)
        print(t("app.room.qr"), flush=True)
        print(rooms.qr_terminal(join), flush=True)
        print(t("app.room.trainer", url=trainer_url, code=room.trainer_code), flush=True)
        print(t("app.stop"), flush=True)
    idle = ROOM_IDLE_SECONDS if args.idle_minutes is None else round(args.idle_minutes * 60)
    environment = app_environment(i18n.get_language(), room=folder, notebooks=notebooks)
    environment["ATELIER_ROOM_URL"] = url
    environment["ATELIER_MAX_KERNELS"] = str(max(1, args.max_kernels))
    environment["ATELIER_ROOM_PARTICIPANTS"] = str(max(0, args.participants))
    try:
        # The server's own lines go to the error stream: with --json, stdout holds one line.
        return subprocess.call(
            app_command(host, args.port, notebooks, idle, room=True, max_kernels=args.max_kernels),
            env=environment, stdout=sys.stderr if args.json else None,
        )  # fmt: skip
    except KeyboardInterrupt:
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``atelier``; bad input gives one clear line and exit code 2."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _language_from(argv)
    if lang in i18n.LANGUAGES:
        i18n.set_language(lang)
    args = build_parser(_command_from(argv)).parse_args(argv)
    try:
        return args.run(args)
    except AtelierError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader left early (``atelier health | head``): not an error of ours. Python
        # would report the pipe again when flushing stdout at exit, so point it at nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
