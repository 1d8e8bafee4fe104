"""Fictional demo personas, identical on every machine, each telling one story from the articles.

``cecile`` helps everyone and asks vaguely; ``marc`` collects online contacts who do not know him;
``sophie`` aims far above herself and asks before giving. Every persona has a fixed "today".

Each persona exists in French and in English: the same people, numbers and story (the same
random draws), with the texts a participant types (positions, how they met, notes, the ask,
the snapshots' labels) in the workshop's language.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from toolkit.core import workspaces
from toolkit.core.errors import ValidationError, WorkspaceError
from toolkit.core.model import (
    Ask,
    Channel,
    Circle,
    Contact,
    Direction,
    Interaction,
    InteractionKind,
    KnowsMe,
    NetworkType,
    Relation,
    Source,
    Tie,
)
from toolkit.core.network import network_on
from toolkit.core.store import Workspace, open_workspace
from toolkit.health.figures import network_report
from toolkit.i18n import get_language, t

PERSONAS: tuple[str, ...] = ("cecile", "marc", "sophie")
REFERENCE_DATE = dt.date(2026, 9, 15)
HISTORY_DAYS = 730  # two years of interactions

FIRST_NAMES = (
    "Élodie", "Hélène", "François", "Zoé", "Loïc", "Jean-Pierre", "Anne-Sophie", "Mathieu",
    "Camille", "Nadia", "Karim", "Inès", "Thomas", "Léa", "Julien", "Sarah", "Yann", "Chloé",
    "Mehdi", "Aurélie", "Bastien", "Émilie", "Grégoire", "Fatou", "Olivier", "Manon", "Rémi",
    "Lucie", "Antoine", "Amina", "Pierre-Yves", "Noémie", "Sébastien", "Laure", "Hugo", "Agnès",
    "Nicolas", "Margaux", "Cédric", "Sonia", "Damien", "Béatrice", "Xavier", "Ophélie", "Guillaume",
    "Clémence", "Vincent", "Maëlle", "Arnaud", "Salomé", "Benoît", "Claire", "Jérôme", "Anaïs",
    "Philippe", "Valérie", "Samuel", "Isabelle", "Tristan", "Mireille",
)  # fmt: skip
LAST_NAMES = (
    "Lefèvre", "Dubois", "N'Diaye", "Nguyen", "Martin", "Bernard", "Moreau", "Laurent", "Girard",
    "Mercier", "Bonnet", "Fontaine", "Rousseau", "Chevalier", "Garnier", "Faure", "André",
    "Benali", "Perrin", "Morel", "Fournier", "Lambert", "Roux", "Blanc", "Guérin", "Muller",
    "Henry", "Caron", "Da Silva", "Legrand", "Gauthier", "Barbier", "Lemaire", "Renaud", "Colin",
    "Vidal", "Marchand", "Dupuis", "Aubert", "Le Gall", "Kerouac'h", "Traoré", "Petitjean",
    "Haddad", "Besson", "Riviere", "Charpentier", "Brun", "Schmitt", "Royer", "Picard", "Cohen",
    "Boyer", "Meunier", "Lucas", "Jacquet", "Carré", "Roche", "Hoarau", "Prévost",
)  # fmt: skip
SECTORS_EN = (
    "Luxury",
    "Banking",
    "Healthcare",
    "Industry",
    "Digital",
    "Consulting",
    "Education",
    "Retail",
    "Energy",
    "Nonprofit",
)  # fmt: skip, same order as SECTORS: the same draw gives the same sector
SECTORS = (
    "Luxe", "Banque", "Santé", "Industrie", "Numérique", "Conseil", "Éducation", "Commerce",
    "Énergie", "Associatif",
)  # fmt: skip
COMPANIES = {
    "Luxe": ("Maison Orvelle", "Parfums de Lisière", "Atelier Cendrine"),
    "Banque": ("Banque Ardoise", "Crédit des Trois Rives", "Finéo Partenaires"),
    "Santé": ("Clinique du Vallon", "Laboratoires Sylvane", "Médialis"),
    "Industrie": ("Forges de Varenne", "Mécanique Aubrac", "Plastiformes"),
    "Numérique": ("Nuage Bleu", "Codéo", "Pixelune"),
    "Conseil": ("Cabinet Horizon", "Stratégies Ouvertes", "Talents & Cap"),
    "Éducation": ("Lycée des Tilleuls", "Université de Mirebeau", "École Passerelle"),
    "Commerce": ("Comptoir Garance", "Halles Verdier", "Distrib'Ouest"),
    "Énergie": ("Énergies Corail", "Solaire du Sud", "Hydro-Valmont"),
    "Associatif": ("Réseau Entraide Emploi", "Les Ateliers Solidaires", "Fondation Lumen"),
}
POSITIONS = {
    Relation.ABOVE: ("Directrice générale", "Directeur commercial", "DRH", "Associée", "Président"),
    Relation.PEER: ("Chargée de clientèle", "Commercial grands comptes", "Cheffe de projet",
                    "Consultant", "Responsable marketing"),
    Relation.BELOW: ("Assistante commerciale", "Stagiaire", "Alternant",
                     "Chargé de mission junior"),
    Relation.OUTSIDE: ("Journaliste", "Enseignante", "Coach indépendant", "Voisin", "Élue locale"),
}  # fmt: skip
POSITIONS_EN = {
    Relation.ABOVE: ("Managing director", "Sales director", "HR director", "Partner", "Chairman"),
    Relation.PEER: ("Account manager", "Key account manager", "Project manager",
                    "Consultant", "Marketing manager"),
    Relation.BELOW: ("Sales assistant", "Intern", "Apprentice", "Junior project officer"),
    Relation.OUTSIDE: ("Journalist", "Teacher", "Freelance coach", "Neighbour", "Local councillor"),
}  # fmt: skip
HOW_MET_EN = (
    "former colleague", "trade fair", "business school", "running club", "parents' association",
    "recommended by a friend", "conference", "former client", "met on a course",
    "industry afterwork",
)  # fmt: skip
NOTES_EN = (
    "Keen sailor ⛵", "Changed jobs recently", "Two children, lives in Lyon",
    "Helped me with my CV", "Interested in the energy transition", "Speaks “Franglais”",
)  # fmt: skip
HOW_MET = (
    "ancien collègue", "salon professionnel", "école de commerce", "club de course à pied",
    "association de parents", "recommandé par un ami", "conférence", "ancien client",
    "rencontré en formation", "afterwork du secteur",
)  # fmt: skip
NOTES = (
    "Passionnée de voile ⛵", "A changé de poste récemment", "Deux enfants, vit à Lyon",
    "M'a aidé pour mon CV", "Intéressé par la transition énergétique", "Parle « franglais »",
)  # fmt: skip
IMPORTED_SOURCES = (Source.LINKEDIN, Source.GOOGLE, Source.OUTLOOK, Source.VCARD)
# How often a contact of each circle is in touch, and how long ago (mean days) the exchanges were.
CIRCLE_ACTIVITY = {1: (12.0, 30), 2: (6.0, 70), 3: (3.0, 160), 4: (1.0, 300), 5: (0.3, 450)}
UNDESCRIBED_ACTIVITY = (0.2, 400)


@dataclass(frozen=True)
class Profile:
    """The parameters that make one persona's story."""

    first_name: str
    seed: int
    contacts: int
    interactions: int
    ties: int
    undescribed_share: float
    imported_share: float
    circle_weights: tuple[int, int, int, int, int]
    relation_weights: dict[Relation, float]
    knows_me_weights: dict[KnowsMe, float]
    channel_weights: dict[Channel, float]
    direction_weights: dict[Direction, float]
    ask_text: str
    ask_to_relation: Relation | None
    ask_text_en: str = ""
    upward: Upward | None = None
    ideas_shared: int = 0  # my own work or idea, shared with someone who met me (P13)
    likes: int = 0  # likes and comments online: seen, not exchanged (P13)


@dataclass(frozen=True)
class Upward:
    """How a persona deals with people above them, where it differs (sophie asks upwards)."""

    activity: float  # interactions relative to others in the same circle
    circle_weights: tuple[int, int, int, int, int]
    knows_me_weights: dict[KnowsMe, float]
    direction_weights: dict[Direction, float]


PROFILES = {
    "cecile": Profile(
        first_name="Cécile",
        seed=1001,
        contacts=150,
        interactions=520,
        ties=140,
        undescribed_share=0.1,
        imported_share=0.25,
        circle_weights=(5, 15, 40, 60, 30),
        relation_weights={Relation.PEER: 5, Relation.ABOVE: 2, Relation.BELOW: 2,
                          Relation.OUTSIDE: 2},
        knows_me_weights={KnowsMe.YES: 7, KnowsMe.A_LITTLE: 2, KnowsMe.NO: 1},
        channel_weights={Channel.IN_PERSON: 4, Channel.PHONE: 3, Channel.VIDEO: 1,
                         Channel.EMAIL: 2, Channel.MESSAGE: 2, Channel.SOCIAL: 0.5},
        direction_weights={Direction.GAVE: 7, Direction.RECEIVED: 1, Direction.EXCHANGE: 2},
        ask_text=(
            "Si jamais vous entendez parler d'un poste dans le commerce, n'importe où, "
            "pensez à moi !"
        ),
        ask_text_en="If you ever hear of a job in retail, anywhere, think of me!",
        ask_to_relation=None,
        ideas_shared=3,
        likes=4,
    ),
    "marc": Profile(
        first_name="Marc",
        seed=2002,
        contacts=1000,
        interactions=420,
        ties=220,
        undescribed_share=0.3,
        imported_share=0.9,
        circle_weights=(4, 10, 25, 90, 870),
        relation_weights={Relation.PEER: 4, Relation.ABOVE: 3, Relation.BELOW: 1,
                          Relation.OUTSIDE: 2},
        knows_me_weights={KnowsMe.YES: 0.6, KnowsMe.A_LITTLE: 0.8, KnowsMe.NO: 8.6},
        channel_weights={Channel.IN_PERSON: 0.6, Channel.PHONE: 0.8, Channel.VIDEO: 0.6,
                         Channel.EMAIL: 5, Channel.MESSAGE: 1.5, Channel.SOCIAL: 2.5},
        direction_weights={Direction.GAVE: 2, Direction.RECEIVED: 4, Direction.EXCHANGE: 1},
        ask_text="Je cherche de nouvelles opportunités, n'hésitez pas à me faire signe.",
        ask_text_en="I am looking for new opportunities, feel free to get in touch.",
        ask_to_relation=None,
        ideas_shared=1,
        likes=14,
    ),
    "sophie": Profile(
        first_name="Sophie",
        seed=3003,
        contacts=80,
        interactions=230,
        ties=60,
        undescribed_share=0.1,
        imported_share=0.3,
        circle_weights=(4, 10, 22, 28, 16),
        relation_weights={Relation.PEER: 3, Relation.ABOVE: 4, Relation.BELOW: 1,
                          Relation.OUTSIDE: 1.5},
        knows_me_weights={KnowsMe.YES: 5, KnowsMe.A_LITTLE: 3, KnowsMe.NO: 2},
        channel_weights={Channel.IN_PERSON: 2, Channel.PHONE: 1, Channel.VIDEO: 1.5,
                         Channel.EMAIL: 3, Channel.MESSAGE: 2, Channel.SOCIAL: 1.5},
        direction_weights={Direction.GAVE: 3, Direction.RECEIVED: 3, Direction.EXCHANGE: 3},
        ask_text=(
            "Bonjour, j'aimerais beaucoup vous rencontrer pour parler de ma carrière : "
            "auriez-vous une heure à m'accorder, ou un poste dans votre équipe ?"
        ),
        ask_text_en=(
            "Hello, I would love to meet you to talk about my career: could you spare me an "
            "hour, or a job in your team?"
        ),
        ask_to_relation=Relation.ABOVE,
        upward=Upward(
            activity=0.2,
            circle_weights=(0, 1, 3, 10, 12),
            knows_me_weights={KnowsMe.YES: 0.5, KnowsMe.A_LITTLE: 3, KnowsMe.NO: 6},
            direction_weights={Direction.GAVE: 0.3, Direction.RECEIVED: 6, Direction.EXCHANGE: 1},
        ),
        ideas_shared=2,
        likes=6,
    ),
}  # fmt: skip


@dataclass(frozen=True)
class PersonaData:
    """Everything a persona's workspace holds, with contacts referred to by their position."""

    persona: str
    participant: str
    today: dt.date
    contacts: tuple[Contact, ...]
    interactions: tuple[tuple[int, Interaction], ...]  # (contact position, interaction)
    ties: tuple[tuple[int, int], ...]
    asks: tuple[tuple[int | None, Ask], ...]  # (contact position or None, ask)
    lang: str = "fr"


def _weighted(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch if ch.isalnum() else "-" for ch in plain.lower()).strip("-")


def _names(rng: random.Random, count: int) -> list[str]:
    pairs = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    return rng.sample(pairs, count)


def _texts(lang: str) -> dict:
    """The typed texts of a persona's contacts, in ``lang`` (same lengths: same draws)."""
    if lang == "en":
        return {"sectors": SECTORS_EN, "positions": POSITIONS_EN, "how_met": HOW_MET_EN,
                "notes": NOTES_EN}  # fmt: skip
    return {"sectors": SECTORS, "positions": POSITIONS, "how_met": HOW_MET, "notes": NOTES}


def _contact(
    rng: random.Random, profile: Profile, name: str, index: int, lang: str = "fr"
) -> Contact:
    texts = _texts(lang)
    imported = rng.random() < profile.imported_share
    # Imported contacts are the ones a participant has not described yet.
    described = rng.random() >= profile.undescribed_share * (1.6 if imported else 0.4)
    relation = _weighted(rng, profile.relation_weights)
    upward = profile.upward if relation is Relation.ABOVE else None
    circle_weights = upward.circle_weights if upward else profile.circle_weights
    circle = Circle(rng.choices(range(1, 6), weights=circle_weights)[0])
    knows_me = _weighted(rng, upward.knows_me_weights if upward else profile.knows_me_weights)
    drawn = rng.randrange(len(SECTORS))
    sector = texts["sectors"][drawn]
    company = rng.choice(COMPANIES[SECTORS[drawn]])
    slug = _slug(name)
    domain = rng.choice(("example.com", "example.fr", "example.org"))
    added_on = REFERENCE_DATE - dt.timedelta(days=rng.randint(0, 8 * 365))
    return Contact(
        display_name=name,
        company=company,
        position=rng.choice(texts["positions"][relation]),
        sector=sector,
        email=f"{slug.replace('-', '.')}@{domain}" if rng.random() < 0.6 else "",
        phone=f"+33 1 99 00 {index // 100 % 100:02d} {index % 100:02d}"
        if rng.random() < 0.3
        else "",
        profile_url=f"https://www.linkedin.example/in/{slug}" if imported else "",
        circle=circle if described else None,
        relation=relation if described else None,
        knows_me=knows_me if described else None,
        network_type=rng.choice(list(NetworkType)) if described else None,
        how_met="" if imported else rng.choice(texts["how_met"]),
        source=rng.choice(IMPORTED_SOURCES) if imported else Source.MANUAL,
        notes=rng.choice(texts["notes"]) if rng.random() < 0.08 else "",
        added_on=added_on,
    )


def _activity(profile: Profile, contact: Contact) -> tuple[float, float]:
    """(relative frequency, mean days since) of a contact's exchanges."""
    frequency, mean_days = (
        CIRCLE_ACTIVITY[int(contact.circle)] if contact.circle else UNDESCRIBED_ACTIVITY
    )
    if profile.upward and contact.relation is Relation.ABOVE:
        frequency *= profile.upward.activity
    return frequency, mean_days


def _interactions(
    rng: random.Random, profile: Profile, contacts: list[Contact]
) -> list[tuple[int, Interaction]]:
    activity = [_activity(profile, c) for c in contacts]
    chosen = rng.choices(
        range(len(contacts)), weights=[a[0] for a in activity], k=profile.interactions
    )
    result = []
    for position in chosen:
        contact = contacts[position]
        mean_days = activity[position][1]
        days_ago = min(int(rng.expovariate(1 / mean_days)), HISTORY_DAYS - 1)
        upward = profile.upward if contact.relation is Relation.ABOVE else None
        direction = _weighted(
            rng, upward.direction_weights if upward else profile.direction_weights
        )
        kind = {
            Direction.GAVE: rng.choice((InteractionKind.INTRODUCTION, InteractionKind.ADVICE,
                                        InteractionKind.INFORMATION)),
            Direction.RECEIVED: rng.choice((InteractionKind.ASK, InteractionKind.ADVICE,
                                            InteractionKind.INFORMATION, InteractionKind.THANKS)),
            Direction.EXCHANGE: rng.choice((InteractionKind.NEWS, InteractionKind.EVENT)),
        }[direction]  # fmt: skip
        if upward and direction is Direction.RECEIVED:
            kind = InteractionKind.ASK  # asking upwards before having given anything
        result.append(
            (
                position,
                Interaction(
                    contact_id=0,  # replaced by the real id when written
                    date=REFERENCE_DATE - dt.timedelta(days=days_ago),
                    channel=_weighted(rng, profile.channel_weights),
                    direction=direction,
                    kind=kind,
                ),
            )
        )
    return sorted(result, key=lambda item: (item[1].date, item[0]))


# Where an idea of mine reaches someone who met me: a talk, a call, a note with my article.
IDEA_CHANNELS = (Channel.IN_PERSON, Channel.VIDEO, Channel.EMAIL, Channel.MESSAGE)


def _p13_interactions(profile: Profile, contacts: list[Contact]) -> list[tuple[int, Interaction]]:
    """The persona's ideas shared and likes / comments of the last months (P13), drawn from a
    seed of their own so that every other draw, and so the persona's story, stays as it was."""
    rng = random.Random(profile.seed + 13)
    met = [p for p, c in enumerate(contacts) if c.knows_me in (KnowsMe.YES, KnowsMe.A_LITTLE)]
    result = []
    for count, kind, pool in (
        (profile.ideas_shared, InteractionKind.IDEA_SHARED, met or range(len(contacts))),
        (profile.likes, InteractionKind.LIKE_COMMENT, range(len(contacts))),
    ):
        for _ in range(count):
            liked = kind is InteractionKind.LIKE_COMMENT
            interaction = Interaction(
                contact_id=0,  # replaced by the real id when written
                date=REFERENCE_DATE - dt.timedelta(days=rng.randint(2, 150)),
                channel=Channel.SOCIAL if liked else rng.choice(IDEA_CHANNELS),
                direction=rng.choice((Direction.GAVE, Direction.RECEIVED))
                if liked
                else Direction.GAVE,
                kind=kind,
            )
            result.append((rng.choice(pool), interaction))
    return result


def _ties(rng: random.Random, profile: Profile, contacts: list[Contact]) -> list[tuple[int, int]]:
    by_company: dict[str, list[int]] = {}
    for position, contact in enumerate(contacts):
        by_company.setdefault(contact.company, []).append(position)
    close = [p for p, c in enumerate(contacts) if c.circle and c.circle <= 3]
    pairs: set[tuple[int, int]] = set()
    attempts = 0
    while len(pairs) < profile.ties and attempts < profile.ties * 50:
        attempts += 1
        if rng.random() < 0.5:
            colleagues = by_company[rng.choice(contacts).company]
            if len(colleagues) < 2:
                continue
            a, b = rng.sample(colleagues, 2)
        elif len(close) >= 2:
            a, b = rng.sample(close, 2)
        else:
            a, b = rng.sample(range(len(contacts)), 2)
        pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def build_persona(name: str, lang: str | None = None) -> PersonaData:
    """A persona's whole network, built from its profile with a fixed seed (no I/O), with its
    typed texts in ``lang`` (default: the current language)."""
    lang = lang or get_language()
    if name not in PROFILES:
        raise ValidationError("errors.unknown_persona", name=name, choices=", ".join(PERSONAS))
    profile = PROFILES[name]
    rng = random.Random(profile.seed)
    contacts = [
        _contact(rng, profile, person, index, lang)
        for index, person in enumerate(_names(rng, profile.contacts))
    ]
    interactions = _interactions(rng, profile, contacts)
    ties = _ties(rng, profile, contacts)
    interactions = sorted(
        [*interactions, *_p13_interactions(profile, contacts)],
        key=lambda item: (item[1].date, item[0]),
    )
    ask_position = None
    if profile.ask_to_relation is not None:
        ask_position = next(
            (p for p, c in enumerate(contacts) if c.relation is profile.ask_to_relation), None
        )
    text = profile.ask_text_en if lang == "en" else profile.ask_text
    ask = Ask(text=text, created_on=REFERENCE_DATE - dt.timedelta(days=3))
    return PersonaData(
        persona=name,
        participant=profile.first_name,
        today=REFERENCE_DATE,
        contacts=tuple(contacts),
        interactions=tuple(interactions),
        ties=tuple(ties),
        asks=((ask_position, ask),),
        lang=lang,
    )


def create_persona(name: str, path: str | Path, lang: str | None = None) -> Workspace:
    """Write a persona into the workspace at ``path`` (created if needed) and return it open,
    its texts in ``lang`` (default: the current language).

    A workspace that already holds contacts is refused and left as it was.
    """
    data = build_persona(name, lang)
    workspace = open_workspace(path, create=True)
    try:
        if workspace.count("contacts"):
            raise WorkspaceError("errors.workspace_not_empty", path=Path(path).name)
        write_persona(workspace, data)
    except BaseException:
        workspace.close()
        raise
    return workspace


# Two snapshots of health figures, so the review notebook has progress to show.
SNAPSHOTS = ((120, "demo.snapshot_before"), (0, "demo.snapshot_after"))


def write_persona(workspace: Workspace, data: PersonaData) -> None:
    """Store a persona's network, and snapshots of its health, in one transaction."""
    with workspace.transaction():
        ids = workspace.add_contacts(data.contacts)
        workspace.add_interactions(
            Interaction(
                contact_id=ids[position],
                date=i.date,
                channel=i.channel,
                direction=i.direction,
                kind=i.kind,
                notes=i.notes,
            )
            for position, i in data.interactions
        )
        workspace.add_ties(Tie(ids[a], ids[b]) for a, b in data.ties)
        for position, ask in data.asks:
            contact_id = ids[position] if position is not None else None
            workspace.add_ask(
                Ask(ask.text, ask.created_on, contact_id, ask.verdict, ask.score, ask.details)
            )
        network = workspace.network()
        for days_before, label in SNAPSHOTS:
            day = data.today - dt.timedelta(days=days_before)
            figures = network_report(network_on(network, day)).figures()
            workspace.add_snapshot(day, figures, t(label, data.lang))
        workspace.set_meta(
            {
                "persona": data.persona,
                "participant": data.participant,
                "today": data.today.isoformat(),
            }
        )


def ensure_demo(persona: str, lang: str | None = None) -> Path:
    """The demo persona's workspace file in ``lang`` (default: the current one), created on
    first use."""
    lang = lang or get_language()
    path = workspaces.demo_path(persona, lang)
    if not path.exists():
        create_persona(persona, path, lang).close()
    return path
