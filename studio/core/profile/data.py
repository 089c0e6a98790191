"""Profile data files: niche example libraries and length limits (``assets/profile/*.toml``).

Limits and examples are data because the platform documents neither reliably; a creator or
agency can edit the files without touching code. A malformed file raises ``ProfileDataError``
naming the file, never a bare traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from studio.core.i18n import get_language, tr
from studio.core.paths import assets_dir
from studio.core.tomlfile import read_toml

SENTENCES = ("who", "offer", "reach")
COUNT_METHODS = ("weighted", "chars")


class ProfileDataError(Exception):
    """A profile data file is missing or malformed; the message names the file."""


@dataclass(frozen=True, slots=True)
class Text:
    """One bilingual phrase from a data file."""

    zh: str
    en: str

    def get(self, language: str | None = None) -> str:
        return self.zh if (language or get_language()) == "zh" else self.en


@dataclass(frozen=True, slots=True)
class Niche:
    id: str
    name: Text
    bio: dict[str, tuple[Text, ...]]  # keys: who / offer / reach
    identities: tuple[Text, ...]  # pattern "Name + [identity]"
    activities: tuple[Text, ...]  # pattern "Name + [what you do]"


@dataclass(frozen=True, slots=True)
class Limits:
    username_max: int = 24
    username_method: str = "weighted"
    username_styles: dict[str, Text] = field(default_factory=dict)
    bio_max: int = 100
    bio_method: str = "chars"
    sentence_soft_max: int = 40
    reach_channels: tuple[str, ...] = ()


def _text(value: object, where: str) -> Text:
    if isinstance(value, dict) and isinstance(value.get("zh"), str) and isinstance(value.get("en"), str):
        return Text(zh=value["zh"], en=value["en"])
    raise ProfileDataError(
        tr(f"{where}: expected {{ zh = \"…\", en = \"…\" }}", f"{where}：应为 {{ zh = \"…\", en = \"…\" }}")
    )


def _texts(values: object, where: str) -> tuple[Text, ...]:
    if not isinstance(values, list):
        raise ProfileDataError(tr(f"{where}: expected a list", f"{where}：应为列表"))
    return tuple(_text(v, f"{where}[{i}]") for i, v in enumerate(values))


def parse_niche(data: dict, name: str) -> Niche:
    head = data.get("niche") or {}
    if not isinstance(head.get("id"), str):
        raise ProfileDataError(tr(f"{name}: [niche] needs an id", f"{name}：[niche] 缺少 id"))
    bio = data.get("bio") or {}
    username = data.get("username") or {}
    return Niche(
        id=head["id"],
        name=_text(head.get("name"), f"{name}: niche.name"),
        bio={key: _texts(bio.get(key, []), f"{name}: bio.{key}") for key in SENTENCES},
        identities=_texts(username.get("identities", []), f"{name}: username.identities"),
        activities=_texts(username.get("activities", []), f"{name}: username.activities"),
    )


def parse_limits(data: dict, name: str) -> Limits:
    user = data.get("username") or {}
    bio = data.get("bio") or {}
    defaults = Limits()

    def number(section: dict, key: str, default: int) -> int:
        value = section.get(key, default)
        if not isinstance(value, int) or value <= 0:
            raise ProfileDataError(tr(f"{name}: {key} must be a positive whole number", f"{name}：{key} 必须是正整数"))
        return value

    def method(section: dict, default: str) -> str:
        value = section.get("count_method", default)
        if value not in COUNT_METHODS:
            raise ProfileDataError(
                tr(f"{name}: count_method must be one of {COUNT_METHODS}", f"{name}：count_method 必须是 {COUNT_METHODS} 之一")
            )
        return value

    styles = {
        key: _text(value, f"{name}: username.styles.{key}")
        for key, value in (user.get("styles") or {}).items()
    }
    for key, style in styles.items():
        if "{name}" not in style.zh or "{tag}" not in style.en:
            raise ProfileDataError(
                tr(f"{name}: style {key} needs {{name}} and {{tag}}", f"{name}：样式 {key} 需包含 {{name}} 和 {{tag}}")
            )
    return Limits(
        username_max=number(user, "max_length", defaults.username_max),
        username_method=method(user, defaults.username_method),
        username_styles=styles or {"brackets": Text("{name}【{tag}】", "{name} [{tag}]")},
        bio_max=number(bio, "max_length", defaults.bio_max),
        bio_method=method(bio, defaults.bio_method),
        sentence_soft_max=number(bio, "sentence_soft_max", defaults.sentence_soft_max),
        reach_channels=tuple(str(c) for c in (data.get("reach") or {}).get("channels", [])),
    )


def profile_dir() -> Path:
    return assets_dir() / "profile"


@lru_cache(maxsize=4)
def load_niches(folder: Path | None = None) -> tuple[Niche, ...]:
    """Every ``*.toml`` with a ``[niche]`` table, in file-name order."""
    folder = folder or profile_dir()
    niches = []
    for path in sorted(folder.glob("*.toml")):
        data = read_toml(path, ProfileDataError)
        if "niche" in data:
            niches.append(parse_niche(data, path.name))
    if not niches:
        raise ProfileDataError(tr(f"{folder}: no niche files found", f"{folder}：没有找到领域示例文件"))
    return tuple(niches)


@lru_cache(maxsize=4)
def load_limits(folder: Path | None = None) -> Limits:
    path = (folder or profile_dir()) / "limits.toml"
    if not path.exists():
        return Limits(username_styles={"brackets": Text("{name}【{tag}】", "{name} [{tag}]")})
    return parse_limits(read_toml(path, ProfileDataError), path.name)


def niche_by_id(niche_id: str, folder: Path | None = None) -> Niche:
    for niche in load_niches(folder):
        if niche.id == niche_id:
            return niche
    raise KeyError(niche_id)
