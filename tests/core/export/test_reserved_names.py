"""Names Windows reserves for devices in every folder: a note titled "Con" or "NUL" must not
become a folder, zip or text file that Windows cannot create."""

from __future__ import annotations

import pytest

from studio.core.export.package import safe_name
from studio.core.library import safe_file_stem


@pytest.mark.parametrize(("title", "expected"), [
    ("CON", "CON_"), ("nul", "nul_"), ("Aux", "Aux_"), ("prn", "prn_"), ("COM1", "COM1_"),
    ("lpt9", "lpt9_"), ("con.v2", "con_.v2"), ("NUL .txt", "NUL_ .txt"),
])
def test_device_names_get_an_underscore(title, expected):
    assert safe_name(title) == expected
    assert safe_file_stem(title, "note") == expected


@pytest.mark.parametrize("title", ["Console", "confetti", "auxiliary", "COM10", "nullable", "周末 con"])
def test_ordinary_names_unchanged(title):
    assert safe_name(title) == title
    assert safe_file_stem(title, "note") == title
