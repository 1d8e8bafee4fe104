"""Demo personas: reproducible, fictional, and each telling its story."""

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from toolkit import demo
from toolkit.core.errors import ValidationError, WorkspaceError
from toolkit.core.model import Contact, validate_contact
from toolkit.core.store import open_workspace

TWO_YEARS_BEFORE = demo.REFERENCE_DATE - dt.timedelta(days=demo.HISTORY_DAYS)


@pytest.fixture(scope="module", params=demo.PERSONAS)
def persona(request, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param) / "w.sqlite"
    workspace = demo.create_persona(request.param, path)
    yield request.param, workspace
    workspace.close()


def test_a_persona_is_the_same_on_every_build_and_in_every_file(tmp_path):
    assert demo.build_persona("sophie") == demo.build_persona("sophie")
    exports = []
    for name in ("a", "b"):
        with demo.create_persona("sophie", tmp_path / f"{name}.sqlite") as workspace:
            exports.append(workspace.export())
    assert exports[0] == exports[1]


def test_size_dates_and_fictional_data(persona):
    _, workspace = persona
    contacts, interactions = workspace.contacts(), workspace.interactions()
    assert 60 <= len(contacts) <= 1000
    assert contacts["display_name"].is_unique
    assert interactions["date"].min() >= pd_ts(TWO_YEARS_BEFORE)
    assert interactions["date"].max() <= pd_ts(demo.REFERENCE_DATE)
    assert contacts["added_on"].max() <= pd_ts(demo.REFERENCE_DATE)
    emails = contacts.loc[contacts["email"] != "", "email"]
    assert len(emails) > 0
    assert emails.str.fullmatch(r"[a-z0-9.\-]+@example\.(com|fr|org)").all()
    urls = contacts.loc[contacts["profile_url"] != "", "profile_url"]
    assert urls.str.startswith("https://www.linkedin.example/in/").all()
    assert workspace.count("ties") > 0 and workspace.count("asks") == 1
    assert contacts["circle"].isna().any(), "some contacts are left to describe"


def test_every_demo_contact_passes_validation(persona):
    name, _ = persona
    for contact in demo.build_persona(name).contacts:
        raw = {k: getattr(v, "value", v) for k, v in dataclasses.asdict(contact).items()}
        assert validate_contact(raw, demo.REFERENCE_DATE) == contact


def test_the_reference_date_is_fixed(persona):
    name, workspace = persona
    assert workspace.today() == demo.REFERENCE_DATE
    assert workspace.get_meta("persona") == name


def pd_ts(day):
    return pd.Timestamp(day)


def _directions(workspace, contact_ids=None):
    interactions = workspace.interactions()
    if contact_ids is not None:
        interactions = interactions[interactions["contact_id"].isin(contact_ids)]
    return interactions["direction"].value_counts()


def test_cecile_gives_far_more_than_she_receives(tmp_path):
    with demo.create_persona("cecile", tmp_path / "c.sqlite") as workspace:
        counts = _directions(workspace)
        assert counts["gave"] > 3 * counts["received"]
        knows = workspace.contacts()["knows_me"].dropna()
        assert (knows == "yes").mean() > 0.5


def test_marc_is_mostly_unknown_to_his_contacts_and_writes_emails(tmp_path):
    with demo.create_persona("marc", tmp_path / "m.sqlite") as workspace:
        contacts = workspace.contacts()
        assert len(contacts) >= 900
        assert (contacts["knows_me"].dropna() == "no").mean() > 0.7
        channels = workspace.interactions()["channel"]
        assert channels.isin(["email", "social", "message"]).mean() > 0.6
        assert (contacts["source"] != "manual").mean() > 0.8


def test_sophie_aims_above_and_asks_before_giving(tmp_path):
    with demo.create_persona("sophie", tmp_path / "s.sqlite") as workspace:
        contacts = workspace.contacts()
        described = contacts[contacts["relation"].notna()]
        above = described.loc[described["relation"] == "above", "id"]
        assert len(above) / len(described) >= 0.3
        counts = _directions(workspace, above)
        assert counts.get("received", 0) > counts.get("gave", 0)
        per_contact = len(workspace.interactions().query("contact_id in @above")) / len(above)
        others = described.loc[described["relation"] != "above", "id"]
        per_other = len(workspace.interactions().query("contact_id in @others")) / len(others)
        assert per_contact < per_other, "few interactions with the people above her"


def test_a_workspace_with_contacts_is_not_overwritten(tmp_path):
    path = tmp_path / "mine.sqlite"
    with open_workspace(path, create=True) as workspace:
        workspace.add_contacts([Contact(display_name="Ma vraie collègue")])
        before = workspace.export()
    with pytest.raises(WorkspaceError) as error:
        demo.create_persona("cecile", path)
    assert error.value.key == "errors.workspace_not_empty"
    with open_workspace(path) as workspace:
        assert workspace.export() == before


def test_an_unknown_persona_is_a_clear_error(tmp_path):
    with pytest.raises(ValidationError) as error:
        demo.create_persona("bob", tmp_path / "b.sqlite")
    assert "cecile" in error.value.message()
    assert not (tmp_path / "b.sqlite").exists()


@pytest.mark.parametrize("name", demo.PERSONAS)
def test_each_persona_shares_ideas_and_likes_posts_in_both_languages(name, tmp_path):
    """P13 on the demo's screens: the channel mix's "idea shared" and "like / comment" bars are
    not empty, the draws are the same on every build and in both languages."""
    from toolkit import i18n
    from toolkit.health import charts as health_charts
    from toolkit.health.figures import network_report

    kinds = {}
    for lang in ("fr", "en"):
        assert (
            demo.build_persona(name, lang).interactions
            == demo.build_persona(name, lang).interactions
        )
        with demo.create_persona(name, tmp_path / f"{lang}.sqlite", lang) as workspace:
            network = workspace.network()
        mix = network_report(network).components["real_channels"].details["mix"]
        assert mix.get("idea_shared", 0) > 0 and mix.get("like_comment", 0) > 0
        previous = i18n.get_language()
        try:
            i18n.set_language(lang)
            bars = health_charts.channels(network_report(network).components["real_channels"])
            counts = dict(zip(bars.data[0].x, bars.data[0].y, strict=True))
            assert counts[i18n.t("enum.kind.idea_shared")] == mix["idea_shared"]
            assert counts[i18n.t("enum.kind.like_comment")] == mix["like_comment"]
        finally:
            i18n.set_language(previous)
        kinds[lang] = network.interactions["kind"].value_counts().to_dict()
    assert kinds["fr"] == kinds["en"]


def test_marc_likes_more_than_he_shares_ideas():
    """Marc's story (volume online, few who know him) carries the most likes."""
    counts = {
        name: pd.Series([i.kind for _, i in demo.build_persona(name).interactions]).value_counts()
        for name in demo.PERSONAS
    }
    assert counts["marc"]["like_comment"] == max(c["like_comment"] for c in counts.values())
    assert counts["marc"]["like_comment"] > 5 * counts["marc"]["idea_shared"]
