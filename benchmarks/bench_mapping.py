"""Step-1 screen actions at 1,000 contacts (the contact table too), persisted, in-process
(target ≤ 50 ms).

Each action runs as a participant's click does: validation, the write, and the refresh of the
screens watching the workspace. Baselines, same run: the bare store write the action ends in,
and one read of the contacts table (what every refreshed list needs).
"""

import datetime as dt
import tempfile

import personas
import timing

from toolkit.core.model import Channel, Direction, Interaction
from toolkit.ui import ContactTable, Describer, InteractionLog, QuickAdd, TieEditor

RUNS = 15


def median_ms(action) -> float:
    return timing.median_ms(action, RUNS)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        session = personas.demo_session("marc", scratch)
        workspace = session.workspace
        describer, log, adder = Describer(session), InteractionLog(session), QuickAdd(session)
        TieEditor(session)  # watches the workspace too, as in the notebook
        table = ContactTable(session)
        ids = workspace.contacts()["id"].tolist()
        today = workspace.today()
        circles = iter(range(10_000))
        names = iter(range(10_000))

        write = median_ms(
            lambda: workspace.add_interactions(
                [Interaction(ids[0], today, Channel.PHONE, Direction.GAVE)]
            )
        )
        baseline = median_ms(workspace.contacts)
        actions = {
            "describe one contact": lambda: describer.describe(
                ids[1], circle=next(circles) % 5 + 1
            ),
            "log one interaction": lambda: log.log_interaction(
                ids[2], today - dt.timedelta(days=1), "phone", "gave"
            ),
            "quick add one name": lambda: adder.add_names(
                f"Nouvelle Personne {next(names)}", confirm_duplicates=True
            ),
            "table: one choice": lambda: table.set_field(ids[3], "circle", next(circles) % 5 + 1),
            "table: ten ticked at once": lambda: table.apply_to(
                ids[10:20], circle=next(circles) % 5 + 1
            ),
            "table: next ten": table.next_page,
        }
        print(f"{len(ids)} contacts (marc); medians of {RUNS} runs")
        print(f"  bare store write:             {write:6.1f} ms")
        print(f"  baseline (read the contacts): {baseline:6.1f} ms")
        for label, action in actions.items():
            ms = median_ms(action)
            print(
                f"  {label:28}  {ms:6.1f} ms  = {ms / baseline:5.1f} × baseline  (target ≤ 50 ms)"
            )
        workspace.close()


if __name__ == "__main__":
    main()
