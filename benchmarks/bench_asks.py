"""Step 2 at 1,000 and 30,000 contacts: who can help, through whom, drafts, and the screen;
and the ask checker on 1,000 characters (target: under 50 ms a check, issue #16).

Baselines, same run: one read of the contacts table (1,000), one pandas groupby over the
interactions (30,000), and one regular-expression pass over the same 1,000 characters (what
reading any text costs at least).
"""

import tempfile
import time

import pandas as pd
import personas
import timing

from toolkit.ask.checker import ASK_LIMIT, check, check_fields, words_of
from toolkit.ask.drafts import drafts
from toolkit.ask.helpers import find_helpers, find_intermediaries
from toolkit.core.errors import ValidationError
from toolkit.ui import HelperFinder

RUNS = 7
ASK = (
    "Bonjour, je cherche quelqu'un qui pourrait me conseiller sur la vente dans le luxe, en "
    "particulier les parfums pour femmes : huit ans d'expérience en parfumerie. En échange, je "
    "peux partager mon étude du marché."
)


def median_ms(action) -> float:
    return timing.median_ms(action, RUNS)


def cpu_ms(action) -> float:
    """This process's CPU time: the machine is shared, and a check is short enough for the
    other programs' load to swamp its wall-clock time."""
    return 1000 * timing.median_seconds(action, RUNS * 3, clock=time.process_time)


def scaled(network, times: int):
    """The network repeated ``times`` times under new ids (same shape, more people)."""
    step = int(network.contacts["id"].max()) + 1
    contacts = pd.concat(
        [network.contacts.assign(id=network.contacts["id"] + k * step) for k in range(times)],
        ignore_index=True,
    )
    interactions = pd.concat(
        [
            network.interactions.assign(contact_id=network.interactions["contact_id"] + k * step)
            for k in range(times)
        ],
        ignore_index=True,
    )
    ties = pd.concat([network.ties + k * step for k in range(times)], ignore_index=True)
    return contacts, interactions, ties


ASK_1000 = (
    "Bonjour, je m'intéresse à la logistique du froid pour les laboratoires pharmaceutiques à "
    "Lyon. J'ai piloté sept ans des entrepôts sous température dirigée. Pourriez-vous me donner "
    "un avis de quinze minutes sur les transporteurs qui recrutent ? En échange, je peux partager "
    "ma grille d'audit. "
)


def _refused(text: str) -> None:
    try:
        check(text, "fr")
    except ValidationError:
        return


def checker_rows() -> None:
    """The checker on 1,000 characters, in each language, and past the cap."""
    text = (ASK_1000 * 5)[:1000]
    english = (
        "Hi, I'm looking into cold-chain logistics for pharmaceutical labs in Lyon. I ran "
        "temperature-controlled warehouses for seven years. Could you give me fifteen minutes of "
        "advice on carriers that are hiring? In return I can share my audit checklist. " * 5
    )[:1000]
    for lang in ("fr", "en"):  # the first check loads the lemma dictionary once per language
        started = timing.median_ms(lambda lang=lang: check("Bonjour", lang), 1)
        print(f"  first check ({lang}, loads the lemmas): {started:7.1f} ms")
    base = cpu_ms(lambda: words_of(text))
    print(f"checker, 1,000 characters, CPU time; baseline (one regex pass): {base:7.3f} ms")
    fields = {
        "help": "advice",
        "helper": "une responsable supply chain",
        "domain": "la logistique",
        "niche": "le froid pharmaceutique",
        "experience": "sept ans",
        "offer": "ma grille",
    }
    for label, action in {
        "check, French": lambda: check(text, "fr"),
        "check, English": lambda: check(english, "en"),
        "check, upward, weak tie": lambda: check(text, "fr", "above", 5),
        "builder fields": lambda: check_fields(fields, "fr"),
        "past the cap (10 MB)": lambda: _refused("x" * 10_000_000),
    }.items():
        ms = cpu_ms(action)
        print(f"  {label:30s} {ms:7.2f} ms = {ms / base:7.1f}× baseline")
    print(f"  (the cap is {ASK_LIMIT} characters; past it nothing is read)")


def main() -> None:
    checker_rows()
    with tempfile.TemporaryDirectory() as scratch:
        session = personas.demo_session("marc", scratch)
        workspace = session.workspace
        network = workspace.network()
        print(f"{len(network.contacts)} contacts (marc); medians of {RUNS} runs")
        baseline = median_ms(workspace.contacts)
        print(f"  baseline (read the contacts):   {baseline:7.1f} ms")
        helpers = find_helpers(network.contacts, network.interactions, network.today, ASK, limit=0)
        rows = {
            "who can help (all, ranked)": lambda: find_helpers(
                network.contacts, network.interactions, network.today, ASK, limit=0
            ),
            "through whom": lambda: find_intermediaries(
                helpers, network.contacts, network.interactions, network.ties
            ),
            "three drafts": lambda: drafts(ASK, "fr", "Ada Lovelace", "Marc", "above", "Paul"),
        }
        finder = HelperFinder(session)
        rows["screen refresh (reads + both)"] = finder.refresh
        for label, action in rows.items():
            ms = median_ms(action)
            print(f"  {label:30s} {ms:7.1f} ms = {ms / baseline:5.1f}× baseline")

        contacts, interactions, ties = scaled(network, 30)
        print(f"{len(contacts)} contacts, {len(interactions)} interactions, {len(ties)} ties")
        base = median_ms(lambda: interactions.groupby("contact_id")["date"].max())
        print(f"  baseline (one groupby):         {base:7.1f} ms")
        many = find_helpers(contacts, interactions, network.today, ASK, limit=0)
        shown = many[:8]
        for label, action in {
            "who can help (best 8, shown)": lambda: find_helpers(
                contacts, interactions, network.today, ASK, limit=8
            ),
            "through whom (for those 8)": lambda: find_intermediaries(
                shown, contacts, interactions, ties
            ),
            "who can help (all, ranked)": lambda: find_helpers(
                contacts, interactions, network.today, ASK, limit=0
            ),
        }.items():
            ms = median_ms(action)
            print(f"  {label:30s} {ms:7.1f} ms = {ms / base:5.1f}× baseline")
        print(f"  ({len(many)} contacts fit the ask at that size)")


if __name__ == "__main__":
    main()
