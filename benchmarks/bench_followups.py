"""Step-3 plan at 1,000 contacts (marc): build it, export it, mark one follow-up done.

Baselines, same run: reading the workspace tables the plan is made from, and health's recency
status (the same per-contact rhythm, vectorised). The plan is computed on every refresh of the
planner screen, so it must stay well under a click's 100 ms.
"""

import tempfile

import personas
import timing

from toolkit.health.figures import recency_status
from toolkit.plan import export as plan_export
from toolkit.plan import followups
from toolkit.ui import Planner

RUNS = 15


def median_ms(action) -> float:
    return timing.median_ms(action, RUNS)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        session = personas.demo_session("marc", scratch)
        workspace = session.workspace
        today = workspace.today()
        contacts, interactions = workspace.contacts(), workspace.interactions()
        stored, asks = workspace.followups(), workspace.asks()

        def read() -> None:
            workspace.contacts(), workspace.interactions(), workspace.followups()
            workspace.asks(), workspace.meta()

        def plan() -> followups.Plan:
            return followups.build_plan(contacts, interactions, stored, today, weeks=12, asks=asks)

        baseline = median_ms(read)
        recency = median_ms(lambda: recency_status(contacts, interactions, today))
        built = plan()
        planner = Planner(session)
        print(f"{len(contacts)} contacts, {len(interactions)} interactions (marc); "
              f"medians of {RUNS} runs")  # fmt: skip
        print(f"  baseline: read the tables:        {baseline:6.1f} ms")
        print(f"  baseline: health recency status:  {recency:6.1f} ms")
        results = {
            "build the 12-week plan": median_ms(plan),
            f"export .ics ({len(built.items)} events)": median_ms(
                lambda: plan_export.to_ics(built)
            ),
            "export CSV": median_ms(lambda: plan_export.to_csv(built)),
            "mark done + refresh the screen": median_ms(
                lambda: planner.mark_done(planner.plan.items[0].key)
            ),
        }
        for label, ms in results.items():
            print(f"  {label + ':':33s} {ms:6.1f} ms = {ms / baseline:4.1f}× the read")


if __name__ == "__main__":
    main()
