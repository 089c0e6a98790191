"""The first-run demo workspace comes with a profile whose bio shows one redirect problem."""

from __future__ import annotations

import pytest

from studio.core import i18n
from studio.core.compliance import Engine, Severity
from studio.core.library import Library
from studio.core.library.demo import ensure_first_run
from studio.core.profile import check_bio, check_username
from studio.core.profile.store import load_profile


@pytest.fixture(scope="module")
def engine():
    return Engine.default()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demo_profile_has_one_redirect_in_the_third_sentence(engine, lang, tmp_path):
    i18n.set_language(lang)
    try:
        library = Library.open(tmp_path / "lib.sqlite3")
        ws = ensure_first_run(library)
        profile, avatar, background = load_profile(library, ws.id)
        library.close()
    finally:
        i18n.set_language("en")
    assert profile.niche == "food" and profile.pattern == "identity"
    # Name【identity】 in Chinese, "Name [Identity]" in English, composed from name and tag
    joined = f"{profile.name}【{profile.tag}】" if lang == "zh" else f"{profile.name} [{profile.tag}]"
    assert profile.username == joined
    assert check_username(profile.username, engine).findings == ()
    assert all(profile.bio.sentences().values())  # all three fields filled
    report = check_bio(profile.bio, engine)
    assert not report.over_limit
    assert [(f.sentence, f.finding.category, f.finding.severity) for f in report.findings] == [
        ("reach", "redirect", Severity.BLOCK)
    ]
    assert avatar is None and background is None


def test_demo_is_seeded_once_with_its_profile(tmp_path):
    library = Library.open(tmp_path / "lib.sqlite3")
    ws = ensure_first_run(library)
    assert ws is not None and library.get_profile(ws.id).username
    library.delete_workspace(ws.id)
    assert ensure_first_run(library) is None  # never again, even after deleting it
    library.close()
