"""The 30-second introduction: own words checked, length as said, saved; timer; trios (#19)."""

import html

import pytest

from toolkit.ask import pitch
from toolkit.ask.pitch import THIRTY_SECONDS, Target
from toolkit.i18n import set_language, t
from toolkit.interviews.meetings import guide, introduction_target
from toolkit.ui import PitchBuilder, PitchTimer, TrioGrid

REAL = {
    "fr": {
        "who": "Acheteuse dans l'agroalimentaire depuis huit ans, je me tourne vers la qualité",
        "looking_for": "je cherche à parler à des responsables qualité de meuneries en Beauce",
        "offer": "je peux partager mon étude des labels bio, utile à qui prépare un audit",
    },
    "en": {
        "who": "A buyer in the food industry for eight years, I am moving into quality",
        "looking_for": "I would like to talk to quality managers at flour mills in the Beauce",
        "offer": "I can share my study of organic labels, useful to anyone preparing an audit",
    },
}


def test_words_are_counted_as_said_and_timed_at_the_stated_pace():
    assert pitch.word_count("l'équipe peut-être, oui !") == 3
    assert THIRTY_SECONDS.words == 75 and THIRTY_SECONDS.words_per_minute == 150
    assert pitch.spoken_seconds(" ".join(["mot"] * 75)) == 30
    assert pitch.spoken_seconds(" ".join(["mot"] * 76)) == 31
    assert pitch.spoken_seconds(" ".join(["mot"] * 65), 130) == 30


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_real_pitch_is_ready_and_composed_from_the_three_parts(lang):
    result = pitch.check_pitch(REAL[lang], THIRTY_SECONDS, lang)
    assert result.ready
    assert result.text.startswith(REAL[lang]["who"][:1].upper())
    assert all(part[1:] in result.text for part in REAL[lang].values())
    assert result.words == pitch.word_count(result.text) < 75
    statuses = [status for status, _ in result.lines(REAL[lang], lang)]
    assert statuses == ["pass"] * 4
    assert "150" in result.lines(REAL[lang], lang)[-1][1]  # the pace is stated


@pytest.mark.parametrize(
    ("lang", "filler"),
    [("fr", f) for f in ("x", "trucs", "rien", "...", "[mon secteur]", "des trucs")]
    + [("en", f) for f in ("x", "stuff", "nothing", "...", "[my sector]", "some things")],
)
def test_filler_never_passes(lang, filler):
    fields = {**REAL[lang], "offer": filler}
    result = pitch.check_pitch(fields, THIRTY_SECONDS, lang)
    assert not result.complete and not result.ready
    assert result.fields["offer"] == "filler"
    status, line = result.lines(fields, lang)[2]
    assert status == "fail" and filler in line


def test_a_long_pitch_says_how_many_words_too_many():
    fields = {**REAL["fr"], "offer": " ".join(["vraiment"] * 70)}
    result = pitch.check_pitch(fields)
    assert result.complete and not result.fits
    extra = result.words - 75
    assert f"{extra} mots de trop" in result.lines(fields, "fr")[-1][1]
    short = pitch.check_pitch(fields, Target("3min", 180))
    assert short.fits  # the same words fit in three minutes


def test_saving_keeps_the_pitch_and_refuses_filler_leaving_the_workspace_as_it_was(session):
    workspace = session.workspace
    with pytest.raises(Exception) as refused:
        pitch.save_pitch(workspace, {**REAL["fr"], "who": "x"})
    assert t("pitch.fields.who") in refused.value.message()
    assert pitch.saved_pitch(workspace) == {}
    result = pitch.save_pitch(workspace, REAL["fr"])
    saved = pitch.saved_pitch(workspace)
    assert saved["fields"] == REAL["fr"] and saved["text"] == result.text
    assert saved["saved_on"] == workspace.today().isoformat()
    assert pitch.saved_pitch(workspace, introduction_target("fr")) == {}  # one per target


def test_the_builder_screen_checks_as_one_types_and_saves(session):
    builder = PitchBuilder(session)
    assert html.escape(t("pitch.check.empty", part=t("pitch.fields.who"))) in builder.feedback_html
    builder.fill(**{**REAL["fr"], "offer": "trucs"})
    assert builder.save() is None  # refused, with what to write
    assert html.escape(t("pitch.fields.offer")) in builder._feedback.value
    builder.fill(offer=REAL["fr"]["offer"])
    assert html.escape(REAL["fr"]["offer"][1:]) in builder.feedback_html
    assert builder.save().ready
    again = PitchBuilder(session)  # the next notebook finds it
    assert again._values() == REAL["fr"]


def test_the_three_minute_introduction_starts_from_the_saved_pitch(session):
    pitch.save_pitch(session.workspace, REAL["fr"])
    target = introduction_target("fr")
    assert target.seconds == 60 * guide("fr")["introduction_minutes"]
    assert target.words_per_minute == guide("fr")["words_per_minute"]
    longer = PitchBuilder(session, target, start_from=THIRTY_SECONDS)
    assert longer._values() == REAL["fr"]
    assert longer.timer.seconds == target.seconds
    longer.fill(who=REAL["fr"]["who"] + ", après un master en chimie")
    longer.save()
    assert pitch.saved_pitch(session.workspace, target)["fields"]["who"].endswith("chimie")
    assert pitch.saved_pitch(session.workspace)["fields"] == REAL["fr"]  # 30 s one untouched


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_timer_counts_down_from_thirty_seconds(lang):
    set_language(lang)
    timer = PitchTimer()
    assert timer.remaining == 30 and "30" in timer.status
    timer.start()
    assert timer._play.playing and timer._play.interval == 1000
    timer._play.value = 12  # what the browser's Play widget does, once a second
    assert timer.status == t("pitch.timer.running", seconds="18")
    timer.stop()
    assert not timer._play.playing and timer.status == t("pitch.timer.stopped", seconds="18")
    timer._play.value = 30
    assert timer.status == t("pitch.timer.over")
    timer.start()  # from the end: again from 30
    assert timer.remaining == 30 and timer._play.playing
    timer.reset()
    assert timer.remaining == 30 and not timer._play.playing
    assert all(b.description for b in timer.children[1].children)  # labelled, not icons


@pytest.mark.parametrize("size", range(2, 14))
def test_every_group_gives_everyone_each_role_once(size):
    names = [f"P{i}" for i in range(size)]
    groups = pitch.groups_of_three(names)
    assert sorted(n for g in groups for n in g) == sorted(names)
    assert all(len(g) in (3, 4) for g in groups) or size in (2, 4, 5)
    for group in groups:
        rounds = pitch.rounds(group)
        assert len(rounds) == len(group)
        assert sorted(r.speaker for r in rounds) == sorted(group)
        assert sorted(r.listener for r in rounds) == sorted(group)
        for r in rounds:
            assert len({r.speaker, r.listener, *r.observers}) == len(group)
        if len(group) >= 3:
            assert set(group) == {o for r in rounds for o in r.observers}


def test_the_trio_grid_shows_roles_and_escapes_names():
    grid = TrioGrid()
    grid.make("Amina, Bruno\n<b>Chloé</b>")
    shown = grid.grid_html
    assert "&lt;b&gt;Chloé&lt;/b&gt;" in shown and "<b>Chloé</b>" not in shown
    assert shown.count(t("pitch.trio.speaker")) == 3
    assert t("pitch.trio.round", number=3) in shown
    grid.make("Amina")
    assert html.escape(t("pitch.trio.too_few")) in grid.grid_html


def test_opening_another_workspace_shows_its_own_pitch(session, tmp_path):
    pitch.save_pitch(session.workspace, REAL["fr"])
    builder = PitchBuilder(session)
    assert builder._values() == REAL["fr"]
    session.open(tmp_path / "other.sqlite", create=True, participant="Yann")
    assert builder._values() == {"who": "", "looking_for": "", "offer": ""}
    builder.fill(who="Juriste en droit social depuis dix ans")
    session.changed()  # a change saved elsewhere keeps what is being typed
    assert builder._values()["who"] == "Juriste en droit social depuis dix ans"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_builder_itself_finds_what_each_exercise_introduction_misses(lang):
    from toolkit.ask import pitch_exercise

    for key, expected in pitch_exercise.EXPECTED.items():
        result = pitch.check_pitch(pitch_exercise.parts(key, lang), THIRTY_SECONDS, lang)
        missing = [name for name, issue in result.fields.items() if issue]
        if expected == "nothing":
            assert result.ready, key
        elif expected == "time":
            assert result.complete and not result.fits, key
        else:
            assert missing == [expected] and result.fits, key


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_exercise_explains_each_answer(lang):
    from toolkit.ask import pitch_exercise
    from toolkit.ui import PitchExercise

    set_language(lang)
    exercise = PitchExercise()
    assert {v.status for v in exercise.check()} == {"unanswered"}
    exercise.answer("karim", "offer")
    exercise.answer("nadia", "who")
    verdicts = {v.key: v for v in exercise.check()}
    assert verdicts["karim"].status == "right"
    assert verdicts["nadia"].status == "wrong"
    assert pitch_exercise.choice_label("time") in verdicts["nadia"].message
    assert t("exercise.pitch.nadia.why") in verdicts["nadia"].message
    solved = exercise.show_solution().data
    assert t("exercise.score", right=5, total=5) in solved
    assert "Nadia" in solved
