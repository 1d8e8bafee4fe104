"""Every screen a notebook cell shows, built on the demo persona in each language, read as an
editor would (the checks of test_language_texts): no broken plural, no word of the other
language, one word for the trainer, French decimals, narrow no-break spaces and elision,
British dates. The catalogue test reads
the messages; this one reads what the widgets end up showing, hard-coded text included."""

from __future__ import annotations

import html
import re

import ipywidgets as widgets
import pytest

from toolkit import demo, i18n, ui
from toolkit.core.session import Session

from .test_language_texts import (
    broken_plurals,
    missing_elisions,
    missing_narrow_spaces,
    other_language_words,
    other_trainer_terms,
    us_dates,
)

# The notebooks' cells that show a form (``ui.<name>(atelier)`` or ``ui.<name>()``).
WITH_SESSION = (
    "snapshot_saver", "take_away", "quick_add", "import_contacts", "describe_contacts",
    "describe_many", "log_interactions", "mark_ties", "reflect", "ask_builder", "first_attempt",
    "pitch_builder", "who_can_help", "message_drafts", "plan_follow_ups", "give_first",
    "prepare_interview", "three_minute_introduction", "debrief_interview",
)  # fmt: skip
WITHOUT = (
    "circle_exercise", "pitch_exercise", "pitch_timer", "trio_grid", "rewrite_exercise",
    "classify_exercise", "followup_exercise", "debrief_exercise",
)  # fmt: skip
# What a participant types (or the demo typed for them) is theirs, not the toolkit's.
TYPED = (widgets.Text, widgets.Textarea, widgets.Combobox)


def widget_texts(widget: widgets.Widget) -> list[str]:
    """The words a widget and its children show: labels, descriptions, options, tab titles,
    placeholders and tooltips, HTML as read (tags out)."""
    texts = []
    for name in ("description", "placeholder", "tooltip"):
        value = getattr(widget, name, None)
        if isinstance(value, str):
            texts.append(value)
    if isinstance(widget, widgets.HTML | widgets.HTMLMath | widgets.Label) and isinstance(
        widget.value, str
    ):
        page = re.sub(r"<(style|script)\b.*?</\1>", " ", widget.value, flags=re.S)
        texts.append(html.unescape(re.sub(r"<[^>]+>", " ", page)))
    texts += [str(label) for label in getattr(widget, "_options_labels", ())]
    texts += [str(title) for title in getattr(widget, "titles", ()) or () if title]
    texts += [str(tip) for tip in getattr(widget, "tooltips", ()) or () if tip]
    if not isinstance(widget, TYPED):
        for child in getattr(widget, "children", ()) or ():
            texts += widget_texts(child)
    return texts


def screen_problems(text: str, lang: str) -> list[str]:
    found = broken_plurals(text, lang) + other_language_words(text, lang)
    found += other_trainer_terms(text, lang)
    if lang == "fr":
        found += re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", text)
        found += missing_narrow_spaces(text) + missing_elisions(text)
    else:
        found += us_dates(text)
    return found


@pytest.fixture(params=i18n.LANGUAGES)
def screens(request, tmp_path, monkeypatch):
    """Every form, built on a fresh demo in the language, as {name: its texts}."""
    lang = request.param
    previous = i18n.get_language()
    i18n.set_language(lang)
    shown: list[widgets.Widget] = []
    monkeypatch.setattr(ui, "_show", shown.append)
    session = Session()
    session.open(demo.create_persona("cecile", tmp_path / f"cecile-{lang}.sqlite", lang).path)
    # Companies are proper names ("Crédit des Trois Rives" in the English demo too) and the
    # persona's ask is typed ("pensez à moi !"): theirs, not the toolkit's.
    typed = {*session.workspace.contacts()["company"].dropna(), *session.workspace.asks()["text"]}
    own_names = re.compile("|".join(re.escape(c) for c in sorted(typed - {""}, key=len)[::-1]))
    texts = {}
    try:
        for name in (*WITH_SESSION, *WITHOUT):
            getattr(ui, name)(*((session,) if name in WITH_SESSION else ()))
            texts[name] = own_names.sub(" ", " \n".join(widget_texts(shown.pop())))
    finally:
        session.workspace.close()
        i18n.set_language(previous)
    return lang, texts


def test_every_screen_reads_well_in_its_language(screens):
    lang, texts = screens
    assert set(texts) == {*WITH_SESSION, *WITHOUT} and all(texts.values())
    found = {name: screen_problems(text, lang) for name, text in texts.items()}
    assert {name: words for name, words in found.items() if words} == {}


def test_the_screen_reader_finds_what_a_screen_shows():
    box = widgets.VBox(
        [
            widgets.HTML("<b>You helped them 1 times</b>"),
            widgets.Dropdown(options=[("Facilitator guide", 1)], description="avec"),
            widgets.Textarea("typed: 1 times"),  # the participant's own words: not read
        ]
    )
    text = " ".join(widget_texts(box))
    assert sorted(screen_problems(text, "en")) == ["1 times", "Facilitator", "avec"]
    french = widgets.VBox(
        [widgets.Label("Prêt ? la aide de Amélie"), widgets.Button(description="0.5")]
    )
    assert sorted(screen_problems(" ".join(widget_texts(french)), "fr")) == [
        " ?",
        "0.5",
        "de Amélie",
        "la aide",
    ]
