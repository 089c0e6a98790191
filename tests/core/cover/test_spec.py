"""Specs and templates: TOML loading, validation errors that say what is wrong."""

import dataclasses
import tomllib

import pytest

from studio.core.cover import (
    CoverError,
    CoverSpec,
    list_templates,
    load_template,
    render,
    spec_from_mapping,
)
from studio.core.cover.spec import Background, parse_color, resolve_style
from studio.core.cover.templates import load_template_file, templates_dir


def test_every_bundled_template_loads_and_has_both_languages():
    ids = [t.id for t in list_templates()]
    assert len(ids) == len(set(ids)) >= 8
    for template in list_templates():
        assert template.name.get("en") and template.name.get("zh")
        assert template.description.get("en") and template.description.get("zh")
        path = templates_dir() / f"{template.id}.toml"
        assert path.exists(), "file name must match the id"


def test_unknown_template_lists_the_available_ones():
    with pytest.raises(CoverError, match="bold-center"):
        load_template("nope")


def test_unknown_keys_and_wrong_types_are_reported(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('id = "t"\n[title]\nfont = "smiley"\nsizee = 3\n', encoding="utf-8")
    with pytest.raises(CoverError, match="sizee"):
        load_template_file(path)
    path.write_text('id = "t"\n[title]\nmax_lines = "three"\n', encoding="utf-8")
    with pytest.raises(CoverError, match="max_lines"):
        load_template_file(path)
    path.write_text('id = "t"\n[title]\nfont = "comic-sans"\n', encoding="utf-8")
    with pytest.raises(CoverError, match="comic-sans"):
        load_template_file(path)
    path.write_text('id = "t"\n[title]\ncolor = "red"\n', encoding="utf-8")
    with pytest.raises(CoverError, match="red"):
        load_template_file(path)
    path.write_text('id = "t"\n[title\n', encoding="utf-8")
    with pytest.raises(CoverError, match="TOML"):
        load_template_file(path)


def test_spec_from_toml_resolves_relative_paths(tmp_path):
    data = tomllib.loads('title = "早餐"\ntemplate = "marker"\nsize = [300, 400]\n'
                        'background = { image = "photo.jpg" }\nfocal_point = [0.2, 0.3]\n')
    spec = spec_from_mapping(data, base_dir=tmp_path)
    assert spec.size == (300, 400) and spec.focal_point == (0.2, 0.3)
    assert spec.background == Background(image=str(tmp_path / "photo.jpg"))
    with pytest.raises(CoverError, match="colour"):
        spec_from_mapping({"title": "a", "colour": "#fff"})


def test_overrides_fold_into_the_template():
    template = load_template("bold-center")
    style = resolve_style(CoverSpec(font="wenkai", title_color="#FF0000", stroke=0, shadow=False,
                                    scrim=False, max_lines=2), template)
    assert (style.title.font, style.title.color, style.title.stroke) == ("wenkai", "#FF0000", 0.0)
    assert style.title.shadow is None and style.scrim is None and style.title.max_lines == 2
    assert template.title.font == "smiley"  # the cached template is untouched


@pytest.mark.parametrize("bad", [
    dict(preset="16:9", size=None), dict(size=(10, 10)), dict(size=(9000, 100)), dict(font="nope"),
    dict(title_color="#12"), dict(align="justify"), dict(background=3.5), dict(background="#GGGGGG"),
])
def test_bad_spec_values_raise_cover_error(bad):
    with pytest.raises(CoverError):
        render(dataclasses.replace(CoverSpec(title="早餐", size=(100, 100)), **bad))


def test_parse_color():
    assert parse_color("#FF000080") == (255, 0, 0, 128)
    assert parse_color("#00ff00") == (0, 255, 0, 255)
