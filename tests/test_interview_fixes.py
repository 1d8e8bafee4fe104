"""Step 5 as the participant meets it: the funnel counts names given in meetings, the sheet says
each label once, the drafted project reads as a phrase, a meeting cannot precede its request."""

import datetime as dt

import pytest

from tests.test_interviews import ADA, ASK, FIELDS, HAND_CHECKED, _frame
from toolkit.ask.progress import SavedAsk
from toolkit.core.errors import ValidationError
from toolkit.i18n import t
from toolkit.interviews import meetings as interviews


def test_a_referral_noted_when_preparing_is_not_a_name_obtained():
    asked = _frame("interviews", HAND_CHECKED)
    given = [[7, 4, "interview:x:name:ines"], [8, 4, "interview:x:name:hugo"]]
    prepared = [[4, 2, f"{interviews.PREPARED_ORIGIN}4"]]  # "introduced by" Karim, for contact 4
    result = interviews.funnel(
        asked, _frame("referrals", given + prepared), _frame("interactions", [])
    )
    assert result.stages["names"] == 2  # the two names the meeting gave, not three


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sheet_says_each_label_once(lang):
    prep = interviews.prepare(ADA, ASK, "Cécile", lang)
    sheet = interviews.sheet_html(prep, lang)
    for part in interviews.INTRODUCTION_PARTS:
        label = t(f"interviews.intro.parts.{part}", lang)
        assert sheet.count(label.rstrip(" :")) <= 1, label


def test_a_text_typed_by_hand_keeps_its_label_on_the_sheet():
    prep = interviews.prepare(ADA, ASK, "Cécile", "fr")
    prep.introduction["background"] = "dix ans d'audit"
    sheet = interviews.sheet_html(prep, "fr")
    assert f"<b>{t('interviews.intro.parts.background', 'fr')}</b> dix ans d&#x27;audit" in sheet


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_project_is_drafted_as_a_phrase_not_two_fields_glued(lang):
    prep = interviews.prepare(ADA, ASK, "Cécile", lang)
    both = t("interviews.intro.project_both", lang, domain=FIELDS["domain"], niche=FIELDS["niche"])
    assert prep.introduction["project"] == t("interviews.intro.project", lang, project=both)
    only = SavedAsk(2, "…", {**FIELDS, "niche": ""}, 1)
    drafted = interviews.prepare(ADA, only, "", lang).introduction["project"]
    assert drafted == t("interviews.intro.project", lang, project=FIELDS["domain"])


def test_a_meeting_cannot_be_dated_before_its_request():
    asked = dt.date(2026, 9, 15)
    interviews.check_met_on(asked, asked)  # the same day is fine
    interviews.check_met_on(dt.date(2026, 9, 20), asked)
    with pytest.raises(ValidationError) as refused:
        interviews.check_met_on(dt.date(2026, 9, 14), asked, "en")
    assert "14 September 2026" in refused.value.message("en")
