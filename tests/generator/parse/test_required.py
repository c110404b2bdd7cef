"""A Part that lacks a table every edition has stops the build, naming the file.

Issue 17: ``sect_B.5.html`` replaced by "Service temporarily unavailable" built 55 SOP
classes instead of 222. Here the real 2024c PS3.4 is copied with that page damaged.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import ParseError
from generator.parse.required import check_required_tables
from generator.readers import ChtmlReader

PART04 = "2024c/output/chtml/part04"
ERROR_PAGE = "<html><body><h1>Service temporarily unavailable</h1></body></html>\n"


def test_the_real_part_has_its_tables(mirror_root: Path) -> None:
    check_required_tables({4: ChtmlReader(part=4).read(mirror_root / PART04)})


def test_an_error_page_in_place_of_sop_classes(mirror_root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "part04"
    shutil.copytree(mirror_root / PART04, folder)
    (folder / "sect_B.5.html").chmod(0o644)
    (folder / "sect_B.5.html").write_text(ERROR_PAGE, encoding="utf-8")
    document = ChtmlReader(part=4, edition="2024c").read(folder)
    with pytest.raises(ParseError) as caught:
        check_required_tables({4: document})
    assert str(caught.value) == (
        f"{folder}/sect_B.5.html: PS3.4 2024c has no Table B.5-1 (Standard SOP Classes), "
        "which every edition has; the file is damaged or not the one it claims to be"
    )
