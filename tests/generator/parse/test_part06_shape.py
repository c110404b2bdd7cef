"""PS3.6 rows that do not fit their table are refused, naming file, table, row and tag.

The damage is done to a copy of the real 2024c chunked HTML of PS3.6 (issue 17: a row
with two cells more than its header, "GARBAGE" in the status column built as if
nothing were wrong).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import ParseError
from generator.parse.part06 import FILE_META_ELEMENTS, parse_elements
from generator.readers import ChtmlReader

PART06 = "2024c/output/chtml/part06"
# The status cell of (0002,0001) File Meta Information Version in Table 7-1.
STATUS_CELL = (
    '<a id="para_2692f4cb-5f45-4e8d-90f4-3c1ccaeb994d" shape="rect"></a>\n'
    "                           </p>\n"
    "                        </td>"
)


def _damaged(mirror_root: Path, tmp_path: Path, replacement: str) -> Path:
    folder = tmp_path / "part06"
    shutil.copytree(mirror_root / PART06, folder)
    page = folder / "chapter_7.html"
    text = page.read_text(encoding="utf-8")
    assert text.count(STATUS_CELL) == 1
    page.write_text(text.replace(STATUS_CELL, replacement), encoding="utf-8")
    return folder


def test_the_real_table_reads(mirror_root: Path) -> None:
    document = ChtmlReader(part=6).read(mirror_root / PART06)
    assert len(parse_elements(document, FILE_META_ELEMENTS)) == 22


def test_a_row_with_two_cells_more_than_its_header(mirror_root: Path, tmp_path: Path) -> None:
    extra = STATUS_CELL + "<td><p>x</p></td><td><p>y</p></td>"
    folder = _damaged(mirror_root, tmp_path, extra)
    document = ChtmlReader(part=6, edition="2024c").read(folder)
    with pytest.raises(ParseError) as caught:
        parse_elements(document, FILE_META_ELEMENTS)
    assert str(caught.value) == (
        f"{folder}: PS3.6 2024c table_7-1 row 2 (0002,0001): 8 cells in a table of 6 columns"
    )


def test_garbage_in_the_status_column(mirror_root: Path, tmp_path: Path) -> None:
    garbage = STATUS_CELL.replace("</a>\n", "</a>GARBAGE\n")
    folder = _damaged(mirror_root, tmp_path, garbage)
    document = ChtmlReader(part=6, edition="2024c").read(folder)
    with pytest.raises(ParseError, match=r"table_7-1 row 2 \(0002,0001\): 'GARBAGE' in the"):
        parse_elements(document, FILE_META_ELEMENTS)
