"""Every message of both catalogues, filled with sample values, and the notebooks' stored text
outputs, read as an editor would: no "(s)", no "1 contacts" or "0 follow-up", French narrow
no-break spaces, French elision where a name is inserted, no word of the other language.

The checks are plain functions so that the tests at the bottom can feed them bad text and watch
them fail: a check that cannot fail proves nothing.
"""

from __future__ import annotations

import html
import json
import re
import string
from pathlib import Path

import pytest

from toolkit import i18n
from toolkit.i18n import NARROW_NBSP, catalogue, placeholders, plural

ROOT = Path(__file__).resolve().parent.parent

# -- sample values ---------------------------------------------------------------------------------

# Names that begin with a vowel, so that a template writing "de {name}" without elision shows.
SAMPLE_NAMES = {"fr": "Amélie Ortiz", "en": "Amélie Ortiz"}
# Fields that hold a number: filled with 1 (and 0, 2), so "{count} contacts" shows as "1 contacts".
COUNT_FIELDS = {
    "count", "total", "right", "n", "gave", "received", "heard", "contacts", "interactions",
    "participants", "days", "weeks", "overdue", "later", "capacity", "limit", "minimum",
    "maximum", "length", "seconds", "read", "imported", "merged", "skipped", "updated", "copies",
    "names", "followups", "files", "waiting", "described", "dormant", "rated", "sectors",
    "strong", "undescribed", "line", "port", "other", "cadence", "contact_id", "year", "day",
    "size", "share", "left", "done", "planned", "circle", "hours", "minutes",
}  # fmt: skip
NAME_FIELDS = {"name", "target", "via", "contact", "participant", "first_name", "persona", "who"}


# Limits, thresholds and rhythms the toolkit sets, never below 2 (a cohort shows at least
# MIN_PARTICIPANTS, a rhythm is days apart, a limit is a length): sampled with count + 2.
AT_LEAST_TWO = {"limit", "maximum", "minimum", "cadence", "days", "participants", "length"}
COHORT_TOTAL = "cohort.charts.weak.subtitle"  # {total} participants: a cohort shown at all


def sample(field: str, count: int, lang: str) -> str:
    if field in AT_LEAST_TWO:
        return i18n.number(count + 2, lang=lang)
    if field in COUNT_FIELDS:
        return i18n.number(count, lang=lang)
    if field in NAME_FIELDS or field.endswith("_name"):
        return SAMPLE_NAMES[lang]
    return "Orvelle"  # neither a vowel nor a word of either language


def rendered(lang: str, count: int) -> dict[str, str]:
    """Every message of ``lang`` filled with sample values, plurals through ``plural``."""
    messages = i18n.catalogue(lang)
    texts: dict[str, str] = {}
    for key, message in messages.items():
        base, _, category = key.rpartition(".")
        if (
            category in ("one", "other", "few", "many", "two", "zero")
            and f"{base}.other" in messages
        ):
            params = {f: sample(f, count, lang) for f in placeholders(message) if f != "count"}
            texts[base] = plural(base, count, lang, **params)
            continue
        params = {}
        for _, field, spec, _ in string.Formatter().parse(message):
            if field:
                name = "participants" if key == COHORT_TOTAL else field
                params[field] = count if spec else sample(name, count, lang)
        texts[key] = i18n.t(key, lang, **params)
    return texts


# -- the checks ------------------------------------------------------------------------------------


def _plural_nouns(lang: str) -> tuple[set[str], set[str]]:
    """(singular, plural) words that follow ``{count}`` in the catalogue's plural messages."""
    messages = catalogue(lang)
    singular, plurals = set(), set()
    for key, message in messages.items():
        for form, bucket in (("one", singular), ("other", plurals)):
            if key.endswith("." + form):
                bucket |= set(re.findall(r"\{count\} ([\w-]+)", message))
    return singular - plurals, plurals - singular


EN_PLURALS = {
    "contacts", "times", "follow-ups", "words", "characters", "copies", "summaries",
    "participants", "sectors", "exchanges", "weeks", "days", "seconds", "interactions", "ties",
    "people", "asks", "answers", "files", "circles", "meetings", "minutes",
}  # fmt: skip
FR_PLURALS = {
    "contacts", "relances", "mots", "caractères", "copies", "résumés", "participants", "secteurs",
    "échanges", "semaines", "jours", "secondes", "liens", "personnes", "demandes", "réponses",
    "fichiers", "cercles", "entretiens", "minutes", "fois",
}  # fmt: skip


def broken_plurals(text: str, lang: str) -> list[str]:
    """ "(s)", a count of 1 before a plural noun, and (English) 0 or 2+ before a singular one."""
    found = re.findall(r"\w\((?:s|x|e|es)\)", text)
    singular, plurals = _plural_nouns(lang)
    plurals |= EN_PLURALS if lang == "en" else FR_PLURALS - {"fois"}
    found += [m.group() for m in re.finditer(r"(?<![\d.,\u202f])\b1 ([\w-]+)", text)
              if m.group(1) in plurals]  # fmt: skip
    singular |= {"time", "follow-up", "contact", "word", "character", "week", "day"}
    if lang == "en":
        found += [m.group() for m in re.finditer(r"\b(?:0|[2-9]|\d{2,}) ([\w-]+)\b(?![\w-])", text)
                  if m.group(1) in singular]  # fmt: skip
    return found


def missing_narrow_spaces(text: str) -> list[str]:
    """French: ; : ! ? % » want a narrow no-break space before them, « one after it."""
    # ";" and ":" as punctuation (followed by a space), not in "Prénom;Nom" or "14:30".
    found = [m.group() for m in re.finditer(r".[!?»]|.[;:](?=\s|$)", text)
             if m.group()[0] != NARROW_NBSP]  # fmt: skip
    found += [m.group() for m in re.finditer(r"\d\s?%", text) if NARROW_NBSP not in m.group()]
    found += [m.group() for m in re.finditer(r"«.", text) if m.group()[1] != NARROW_NBSP]
    return [f for f in found if not re.fullmatch(r"[?!;]{2}|\?!|!\?", f)]


_ELISION = re.compile(
    r"(?<![\w'’-])(de|que|le|la|jusque|lorsque|puisque) "
    r"([aeiouàâäéèêëîïôöùûüœæ][\w'’-]*|y[^aeiouy\W][\w-]*)",
    re.IGNORECASE,
)


def missing_elisions(text: str) -> list[str]:
    """French: "de Amélie" is "d'Amélie", "que il" is "qu'il", "le entretien" is "l'entretien"."""
    return [m.group() for m in _ELISION.finditer(text)]


# Tell-tale words: common in one language, absent from the other (product names aside).
TELLTALES = {
    "fr": {"the", "your", "with", "and", "you", "this", "is", "are", "of", "for", "to", "what"},
    "en": {"avec", "vous", "les", "des", "une", "est", "pour", "dans", "votre", "vos", "sur",
           "pas", "qui", "relance", "relances", "avant", "après"},
}  # fmt: skip
PROPER = re.compile(r"Atelier Réseau|Voilà|LinkedIn|Outlook|Google|vCard|Dunbar|Burt")


def other_language_words(text: str, lang: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", PROPER.sub(" ", text).lower())
    return sorted({w for w in words if w in TELLTALES[lang]})


def problems(text: str, lang: str) -> list[str]:
    """Everything an editor would mark in ``text``, written in ``lang``."""
    found = broken_plurals(text, lang) + other_language_words(text, lang)
    if lang == "fr":
        found += missing_narrow_spaces(text) + missing_elisions(text)
    return found


# Not prose: the words the app looks for in notebooks' text (patterns, "a|b;c|d" pairs).
DATA_KEYS = {"app.words.run_cells", "app.words.replace"}

# -- the catalogues --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_every_message_reads_well(lang, count):
    texts = rendered(lang, count)
    bad = {key: problems(text, lang) for key, text in texts.items() if key not in DATA_KEYS}
    assert {key: found for key, found in bad.items() if found} == {}


def test_every_message_is_rendered():
    texts = rendered("fr", 1)
    assert len(texts) > 900  # the whole catalogue, plurals once per key
    assert texts["followups.ui.exported"].endswith("1 relance.")
    assert rendered("en", 2)["followups.ui.exported"].endswith("2 follow-ups.")


# -- the notebooks' stored outputs -----------------------------------------------------------------

NOTEBOOKS = sorted(
    path
    for folder in ("workshops", "exercises")
    for path in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in path.parts and path.parent.name in ("fr", "en")
)


def output_text(path: Path) -> str:
    """The text a participant reads in a notebook's stored outputs (HTML tags and styles out)."""
    chunks = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                page = "".join(data["text/html"])
                page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
                chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", page)))
            elif "text/plain" in data:
                chunks.append("".join(data["text/plain"]))
            elif output.get("output_type") == "stream":
                chunks.append("".join(output.get("text", "")))
    return "\n".join(chunks)


@pytest.mark.parametrize(
    "path", NOTEBOOKS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_notebook_outputs_read_well(path):
    lang = path.parent.name
    text = output_text(path)
    # A participant's own words (the demo's typed notes and asks) are theirs: what is checked
    # here is what the toolkit writes, so plurals and the other language only.
    found = broken_plurals(text, lang) + other_language_words(text, lang)
    if lang == "fr":  # numbers the French way: "0,89", not "0.89"
        found += re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", text)
    else:  # dates the British way, as i18n.date_text writes them: "1 June 2026"
        found += us_dates(text)
    assert found == []


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_US_DATE = re.compile(
    rf"\b(?:{_MONTHS}|(?:{_MONTHS[:3]}|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?) \d{{1,2}}\b"
)


def us_dates(text: str) -> list[str]:
    """English dates with the month before the day ("June 1, 2026", "Jun 1")."""
    return [m.group() for m in _US_DATE.finditer(text)]


def test_a_us_date_is_caught_and_a_british_one_passes():
    assert us_dates("Monday, June 1, 2026 and Sep 14") == ["June 1", "Sep 14"]
    assert us_dates("Monday, 1 June 2026, 14 Sep, Jun 2026, May 2026") == []


def test_the_notebooks_are_found():
    assert len([p for p in NOTEBOOKS if p.parent.name == "fr"]) >= 8
    assert len([p for p in NOTEBOOKS if p.parent.name == "en"]) >= 8


# -- the checks catch what they are for ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3 relance(s) sur 2 semaine(s)", "fr"),
        ("1 contacts ont entendu une demande précise", "fr"),
        ("you helped them 1 times", "en"),
        ("Calendar ready: 0 follow-up.", "en"),
        ("2 nouveau(x) contact(s)", "fr"),
    ],
)
def test_a_broken_plural_is_caught(text, lang):
    assert broken_plurals(text, lang)


@pytest.mark.parametrize(
    "text", ["Calendrier prêt : 1 relance.", "Prêt ? Oui !", "« vous »", "57 %", "Note: oui"]
)
def test_a_wide_or_missing_space_is_caught(text):
    assert missing_narrow_spaces(text)


def test_narrow_spaces_pass():
    assert missing_narrow_spaces(i18n.french_spacing("Prêt ? « Oui » : 57 % ; https://x.fr")) == []


@pytest.mark.parametrize("text", ["l'aide de Amélie", "plus que Inès", "le entretien", "de Yves"])
def test_a_missing_elision_is_caught(text):
    assert missing_elisions(text)


def test_elision_spares_consonants_and_the_y_of_yann():
    assert missing_elisions("l'aide de Karim, de Yann et de Hugo") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ajoutez your contacts", "fr"), ("Add the contacts avec care", "en"), ("Send vous", "en")],
)
def test_a_word_of_the_other_language_is_caught(text, lang):
    assert other_language_words(text, lang)


def test_a_bad_message_injected_in_the_catalogue_fails_the_check(monkeypatch):
    fr = dict(catalogue("fr"))
    fr["x.bad"] = i18n.french_spacing("Remerciez de {name} : {count} relance(s).")
    monkeypatch.setattr(i18n, "catalogue", lambda lang: fr if lang == "fr" else catalogue(lang))
    text = i18n.t("x.bad", "fr", name="Amélie", count=1)
    # Elision is automatic where the template names a field ("de {name}")...
    assert "d'Amélie" in text
    # ...the "(s)" is not: the check says so.
    assert broken_plurals(text, "fr") == ["e(s)"]


def test_the_catalogue_check_fails_on_an_injected_english_message(monkeypatch):
    en = dict(catalogue("en"))
    en["x.bad"] = "You helped them {count} times, avec {name}"
    monkeypatch.setattr(i18n, "catalogue", lambda lang: en if lang == "en" else catalogue(lang))
    text = rendered("en", 1)["x.bad"]
    assert set(problems(text, "en")) == {"1 times", "avec"}


# -- the charts ------------------------------------------------------------------------------------


def _chart_texts(figure) -> list[str]:
    """What a chart writes: its title, axis titles and tick labels, trace names and categories."""
    layout = figure.layout
    texts = [layout.title.text or ""]
    for axis in (layout.xaxis, layout.yaxis):
        texts += [axis.title.text or "", *(axis.ticktext or ())]
    texts += [a.text or "" for a in layout.annotations or ()]
    for trace in figure.data:
        texts.append(getattr(trace, "name", None) or "")
        for values in (getattr(trace, "x", None), getattr(trace, "y", None)):
            texts += [v for v in values if isinstance(v, str)] if values is not None else []
    return texts


@pytest.fixture(scope="module", params=i18n.LANGUAGES)
def demo_network(request, tmp_path_factory):
    from toolkit import demo

    lang = request.param
    path = tmp_path_factory.mktemp("demo") / f"cecile-{lang}.sqlite"
    with demo.create_persona("cecile", path, lang) as workspace:
        yield lang, workspace.network()


def test_every_chart_speaks_the_participant_s_language(demo_network):
    from toolkit.review.charts import BY_NAME

    lang, network = demo_network
    previous = i18n.get_language()
    try:
        i18n.set_language(lang)
        figures = {name: draw(network) for name, draw in BY_NAME.items()}
    finally:
        i18n.set_language(previous)
    found = {}
    for name, figure in figures.items():
        text = " ".join(_chart_texts(figure))
        found[name] = broken_plurals(text, lang) + other_language_words(text, lang)
        # Decimal comma and narrow no-break space in French numbers (plotly's separators).
        assert figure.layout.separators == (",\u202f" if lang == "fr" else ".,")
    assert {name: f for name, f in found.items() if f} == {}
    months = " ".join(figures["growth"].layout.xaxis.ticktext)
    assert (
        re.search(r"janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.", months)
        if lang == "fr"
        else re.search(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", months)
    )


def test_the_english_demo_reads_english(demo_network):
    lang, network = demo_network
    typed = " ".join(
        [*network.contacts["position"], *network.contacts["how_met"], *network.contacts["notes"]]
    )
    assert other_language_words(typed, lang) == []
    if lang == "en":
        assert "Account manager" in typed and "Directrice" not in typed


def test_french_notebooks_say_courriel_as_the_catalogue_does():
    """One term per idea: the French catalogue says « courriel », so do the notebooks' texts."""
    found = []
    for path in sorted((ROOT / "workshops" / "fr").glob("*.ipynb")) + sorted(
        (ROOT / "exercises").glob("**/fr/*.ipynb")
    ):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                found += [
                    (path.name, m)
                    for m in re.findall(r"\be-?mails?\b", "".join(cell["source"]), re.I)
                ]
    assert found == []
    assert not any(re.search(r"\be-?mails?\b", m, re.I) for m in catalogue("fr").values())


def _french_prose(text: str) -> str:
    """A notebook's markdown without what is not prose: fenced blocks, code spans, link targets,
    addresses, tags and fields."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    return re.sub(r"`[^`]*`|\]\([^)]*\)|https?://\S+|<[^>]+>|\{[^}]*\}", " ", text)


def test_french_notebooks_prose_has_french_typography():
    """The notebooks' own texts follow the catalogue's typography (narrow no-break spaces)."""
    found = []
    for path in sorted((ROOT / "workshops" / "fr").glob("*.ipynb")) + sorted(
        (ROOT / "exercises").glob("**/fr/*.ipynb")
    ):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                # The one English line, pointing to the English notebooks, keeps English rules.
                text = "".join(cell["source"])
                prose = _french_prose(re.sub(r"^\*In English\?\*.*$", " ", text, flags=re.M))
                found += [(path.name, m) for m in missing_narrow_spaces(prose)]
    assert found == []


# -- one term for the person who runs the workshop -------------------------------------------------

# French says « l'animateur » (the brief's term), English "trainer": the other forms are caught.
# The English guide's file name (00_facilitator_guide.ipynb) is an address, not a word read.
OTHER_TRAINER_TERMS = {
    "fr": re.compile(r"animatrices?|animateur·?\(?rice|\bforma(?:teur|trice)s?\b|facilita", re.I),
    "en": re.compile(r"\bfacilitators?\b(?!_guide)|\binstructors?\b", re.I),
}


def other_trainer_terms(text: str, lang: str) -> list[str]:
    """Words for the trainer other than the one the project chose for ``lang``."""
    return [m.group() for m in OTHER_TRAINER_TERMS[lang].finditer(text)]


def _trainer_texts(lang: str) -> dict[str, str]:
    """Where a participant or the trainer reads about the trainer: the catalogue, the notebooks'
    markdown, and the message templates and interview guide a trainer edits (comments included)."""
    texts = {f"catalogue {key}": message for key, message in catalogue(lang).items()}
    for path in NOTEBOOKS:
        if path.parent.name == lang:
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            texts[str(path.relative_to(ROOT))] = "".join(
                "".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown"
            )
    for folder in ("ask/templates", "interviews/guides"):
        path = ROOT / "toolkit" / folder / f"{lang}.toml"
        texts[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    return texts


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_one_term_for_the_trainer(lang):
    texts = _trainer_texts(lang)
    assert len(texts) > 900 and any("guide" in name for name in texts)
    found = {where: other_trainer_terms(text, lang) for where, text in texts.items()}
    assert {where: words for where, words in found.items() if words} == {}
    chosen = "l'animateur" if lang == "fr" else "trainer"
    assert sum(chosen in text.lower().replace("’", "'") for text in texts.values()) > 10


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("prévenez l'animateur ou l'animatrice", "fr"),
        ("Guide de l'animateur·rice", "fr"),
        ("Un formateur peut le modifier", "fr"),
        ("Une formatrice peut le modifier", "fr"),
        ("le facilitateur affiche la demande", "fr"),
        ("Facilitator guide", "en"),
        ("ask your instructor", "en"),
    ],
)
def test_another_word_for_the_trainer_is_caught(text, lang):
    assert other_trainer_terms(text, lang)


def test_the_guide_s_file_name_is_not_a_word_for_the_trainer():
    assert other_trainer_terms("open en/00_facilitator_guide.ipynb", "en") == []
    assert other_trainer_terms("le format du fichier ; le code animateur", "fr") == []
