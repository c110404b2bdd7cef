"""Find a table's columns by their header text, never by position alone."""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.errors import ParseError
from generator.readers.model import Cell, Table

ZERO_WIDTH = "\u200b"


def clean(text: str) -> str:
    """Cell text without zero-width spaces (the publisher breaks long words with them)."""
    return " ".join(text.replace(ZERO_WIDTH, "").split())


def _normal(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", clean(header).lower()).strip()


def column_map(
    table: Table, wanted: Mapping[str, tuple[str, ...]], *, where: str
) -> dict[str, int]:
    """Map each wanted field to its column index by any of its accepted header spellings.

    Raises a :class:`ParseError` naming the table when a column is missing.
    """
    if not table.header:
        raise ParseError(f"{where} {table.id}: table has no header row")
    headers = [_normal(cell.text) for cell in table.header[-1]]
    found: dict[str, int] = {}
    for field, spellings in wanted.items():
        accepted = {_normal(spelling) for spelling in spellings}
        matches = [index for index, header in enumerate(headers) if header in accepted]
        if not matches:
            raise ParseError(
                f"{where} {table.id}: no column for {field!r} (expected one of "
                f"{sorted(spellings)}; the header is {[cell.text for cell in table.header[-1]]})"
            )
        found[field] = matches[0]
    return found


def cell_text(row: tuple[Cell, ...], index: int) -> str:
    """The cleaned text of a row's cell, or ``""`` for a short row."""
    return clean(row[index].text) if index < len(row) else ""


def optional_column(
    table: Table, field: str, spellings: tuple[str, ...], *, where: str
) -> int | None:
    """The index of a column that older editions lack, or ``None``."""
    if not table.header:
        return None
    accepted = {_normal(spelling) for spelling in spellings}
    headers = [_normal(cell.text) for cell in table.header[-1]]
    return next((index for index, header in enumerate(headers) if header in accepted), None)
