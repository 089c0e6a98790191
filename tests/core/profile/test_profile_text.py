"""Bio composition and checks, username patterns, data files."""

from __future__ import annotations

import re

import pytest

from studio.core.compliance.model import Finding, Severity
from studio.core.profile import (
    Bio,
    Profile,
    check_bio,
    check_username,
    compose_username,
    load_limits,
    load_niches,
    suggest,
)
from studio.core.profile.counting import weighted_length
from studio.core.profile.data import ProfileDataError, parse_limits, parse_niche

NICHES = {"beauty", "food", "travel", "fitness", "local_business", "knowledge", "pets", "fashion"}


class DigitsChecker:
    """A test double that flags runs of 11 digits, to test offset mapping independently."""

    def __init__(self):
        self.calls = []

    def check(self, text, field="body"):
        self.calls.append((text, field))
        return [
            Finding("redirect.phone", "redirect", Severity.BLOCK, field, m.start(), m.end(), m.group(), "phone")
            for m in re.finditer(r"\d{11}", text)
        ]


def test_every_niche_has_bilingual_examples_for_all_three_sentences():
    niches = {n.id: n for n in load_niches()}
    assert set(niches) == NICHES
    for niche in niches.values():
        for key in ("who", "offer", "reach"):
            assert len(niche.bio[key]) >= 2, (niche.id, key)
            assert all(t.zh and t.en for t in niche.bio[key])
        assert niche.identities and niche.activities


def test_weighted_length_counts_ascii_as_half():
    assert weighted_length("Claude 4.6发布，AI助手又进化了") == 15
    assert weighted_length("ab") == 1
    assert weighted_length("😀") == 2


def test_bio_findings_are_mapped_to_their_sentence():
    bio = Bio(who="  健身教练", offer="居家训练", reach="电话13812345678找我")
    checker = DigitsChecker()
    report = check_bio(bio, checker)
    assert checker.calls == [("健身教练\n居家训练\n电话13812345678找我", "bio")]
    phone = [f for f in report.findings if f.finding.rule_id == "redirect.phone"]
    assert len(phone) == 1
    assert phone[0].sentence == "reach"
    assert bio.reach[phone[0].start:phone[0].end] == "13812345678"
    assert report.blocking >= 1


def test_bio_over_the_configured_limit_blocks():
    limits = load_limits()
    bio = Bio(who="字" * limits.bio_max, offer="好", reach="私信我")
    report = check_bio(bio, None)
    assert report.over_limit
    assert any(f.finding.rule_id == "profile.bio_length" for f in report.findings)
    assert not check_bio(Bio("短", "短", "私信我"), None).over_limit


def test_reach_without_an_in_platform_channel_gets_a_hint():
    hint = [f for f in check_bio(Bio("a", "b", "see you soon"), None).findings
            if f.finding.rule_id == "profile.reach_channel"]
    assert hint and hint[0].sentence == "reach"
    ok = check_bio(Bio("a", "b", "欢迎私信"), None).findings
    assert not [f for f in ok if f.finding.rule_id == "profile.reach_channel"]


@pytest.mark.parametrize(
    ("name", "tag", "style", "expected"),
    [
        ("林小佳", "律师", "brackets", "林小佳【律师】"),
        ("Emily Zhang", "Travel Blogger", "brackets", "Emily Zhang [Travel Blogger]"),
        ("Mike Chen", "Fitness Coach", "pipe", "Mike Chen | Fitness Coach"),
        ("阿May", "周末短途旅行", "dot", "阿May·周末短途旅行"),
        ("林小佳", "", "brackets", "林小佳"),
    ],
)
def test_compose_username_patterns(name, tag, style, expected):
    assert compose_username(name, tag, style) == expected


def test_suggestions_cover_both_patterns_in_the_names_language():
    zh = suggest("林小佳", ["knowledge"])
    assert {s.pattern for s in zh} == {"identity", "activity"}
    assert zh[0].text == "林小佳【律师】"
    en = suggest("Emily Zhang", ["travel"])
    assert "Emily Zhang [Travel Blogger]" in [s.text for s in en]
    assert all(s.fits for s in en if s.length <= load_limits().username_max)


def test_long_suggestions_are_marked_and_sorted_last():
    long_name = "Alexandria Catherine Montgomery"
    suggestions = suggest(long_name, ["travel"])
    fits = [s.fits for s in suggestions]
    assert fits == sorted(fits, reverse=True)
    assert not suggestions[-1].fits


def test_username_check_uses_field_username_and_limit():
    checker = DigitsChecker()
    report = check_username("Mike 13812345678", checker)
    assert checker.calls[0][1] == "username"
    assert any(f.rule_id == "redirect.phone" for f in report.findings)
    long = check_username("字" * (load_limits().username_max + 1), None)
    assert long.over_limit and long.findings[0].rule_id == "profile.username_length"


def test_limits_are_data_and_validated():
    limits = parse_limits({"username": {"max_length": 30}, "bio": {"max_length": 80}}, "x.toml")
    assert (limits.username_max, limits.bio_max) == (30, 80)
    with pytest.raises(ProfileDataError, match=r"x\.toml"):
        parse_limits({"bio": {"max_length": -1}}, "x.toml")
    with pytest.raises(ProfileDataError, match="count_method"):
        parse_limits({"bio": {"count_method": "bytes"}}, "x.toml")
    with pytest.raises(ProfileDataError, match=r"n\.toml"):
        parse_niche({"niche": {"id": "x", "name": "no"}}, "n.toml")


def test_profile_round_trips_and_tolerates_junk():
    profile = Profile(niche="food", name="阿May", tag="吃货", username="阿May【吃货】",
                      bio=Bio("a", "b", "c"), background_text="周三更新")
    assert Profile.from_dict(profile.to_dict()) == profile
    junk = Profile.from_dict({"name": 3, "bio": "x", "avatar_focus": {"x": "left"}, "zzz": 1})
    assert junk.name == "" and junk.bio == Bio() and junk.avatar_focus.x == 0.5


def test_profile_is_stored_per_workspace_with_media_copied(tmp_path):
    from PIL import Image

    from studio.core.library import Library
    from studio.core.profile import store

    library = Library.open(tmp_path / "lib.sqlite")
    try:
        one, two = library.create_workspace("A"), library.create_workspace("B")
        source = tmp_path / "me.png"
        Image.new("RGB", (40, 40), (9, 9, 9)).save(source)
        stored = store.set_image(library, one.id, "avatar", source)
        assert stored.exists() and stored.parent == library.media_dir
        profile = Profile(niche="food", name="阿May", tag="吃货", username="阿May【吃货】",
                          bio=Bio("a", "b", "私信我"), background_text="周三更新")
        store.save_profile(library, one.id, profile)
        loaded, avatar, background = store.load_profile(library, one.id)
        assert loaded == profile and avatar == stored and background is None
        assert store.load_profile(library, two.id)[0] == Profile()
        source.unlink()  # the library keeps its own copy
        assert store.load_profile(library, one.id)[1].exists()
    finally:
        library.close()


def test_every_example_passes_the_compliance_engine():
    from studio.core.compliance import Engine, Severity

    engine = Engine.default()
    for niche in load_niches():
        for key in ("who", "offer", "reach"):
            for example in niche.bio[key]:
                for text in (example.zh, example.en):
                    blocking = [f for f in engine.check(text, field="bio") if f.severity is Severity.BLOCK]
                    assert not blocking, (niche.id, text, blocking)
        for word in (*niche.identities, *niche.activities):
            for text in (word.zh, word.en):
                assert not [f for f in engine.check(text, field="username") if f.severity is Severity.BLOCK]
