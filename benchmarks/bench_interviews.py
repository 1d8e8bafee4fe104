"""Step-5 figures on marc (1,000 contacts): a debrief saved from the screen (persisted, with the
screens watching the workspace refreshing), saving it again (nothing changes), and the pipeline
charts over 1,000 interviews. Baseline, same run: one read of the contacts table.
"""

import datetime as dt
import tempfile

import personas
import timing

from toolkit.core.model import Approach, Channel, Interview
from toolkit.review import charts
from toolkit.ui import InterviewDebrief, InterviewPrep

RUNS = 15


def median_ms(action) -> float:
    return timing.median_ms(action, RUNS)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        session = personas.demo_session("marc", scratch)
        workspace = session.workspace
        ids = workspace.contacts()["id"].astype(int).tolist()
        prep = InterviewPrep(session)
        prep.choose(ids[0])
        prep.save("email")
        screen = InterviewDebrief(session)
        screen.fill(learned="x", names="A B\nC D\nE F", give_back="y")
        read = median_ms(workspace.contacts)
        first = 1000 * timing.median_seconds(screen.save, 1)
        again = median_ms(screen.save)
        day = dt.date(2026, 1, 1)
        for n, cid in enumerate(ids):
            met = day + dt.timedelta(days=n % 200) if n % 3 == 0 else None
            workspace.save_interview(
                Interview(f"b:{n}", cid, day, Channel.EMAIL, Approach.COLD, met_on=met)
            )
        network = workspace.network()
        draw = median_ms(
            lambda: [charts.chart(name, network) for name in ("pipeline", "answer_rates",
                                                              "referral_tree")]
        )  # fmt: skip
        print(f"read contacts (baseline)      {read:7.1f} ms")
        print(f"debrief saved, first time     {first:7.1f} ms = {first / read:4.1f}x")
        print(f"debrief saved again (no-op)   {again:7.1f} ms = {again / read:4.1f}x")
        print(f"3 pipeline charts, 1,000 asks {draw:7.1f} ms = {draw / read:4.1f}x")
        session.workspace.close()


if __name__ == "__main__":
    main()
