"""Overlays written on the fly: a manifest and DocBook fragments in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.readers.model import Cell, Document, Paragraph, Section, Table, TableRef

BOOK = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<book xmlns="http://docbook.org/ns/docbook" xmlns:xl="http://www.w3.org/1999/xlink" '
    'xmlns:ov="urn:dicomodel:overlay" version="5.0" label="PS3.{part}">\n{body}\n</book>\n'
)
EDITION = "2099a"

WriteOverlay = Callable[..., Path]


def row(*cells: str, **ov: str) -> str:
    """A DocBook ``tr`` with ``ov:`` attributes (``after="x"`` -> ``ov:after="x"``)."""
    attributes = "".join(f' ov:{name}="{value}"' for name, value in ov.items())
    tds = "".join(f"<td><para>{cell}</para></td>" if cell else "<td><para/></td>" for cell in cells)
    return f"<tr{attributes}>{tds}</tr>"


def manifest(folder_name: str, parts: list[int], **extra: str) -> str:
    fields = {
        "name": f'"{folder_name}"',
        "document": '"Supplement 999: Test"',
        "status": '"Final Text"',
        "date": '"2099-01-31"',
        "editions": f'["{EDITION}"]',
        **extra,
    }
    lines = [f"{key} = {value}" for key, value in fields.items()]
    for part in parts:
        lines += ["", "[[fragments]]", f"part = {part}", f'file = "part{part:02d}.xml"']
    return "\n".join(lines) + "\n"


@pytest.fixture
def write_overlay(tmp_path: Path) -> WriteOverlay:
    """``write_overlay("cp1", {4: "<section ...>"}, requires='["x"]')`` -> the folder."""

    def write(folder_name: str, fragments: dict[int, str], **extra: str) -> Path:
        folder = tmp_path / folder_name
        folder.mkdir()
        (folder / "overlay.toml").write_text(manifest(folder_name, sorted(fragments), **extra))
        for part, body in fragments.items():
            (folder / f"part{part:02d}.xml").write_text(BOOK.format(part=part, body=body))
        return folder

    return write


def cell(text: str) -> Cell:
    return Cell(text=text, paragraphs=(text,) if text else ())


def base_document() -> Document:
    """A small PS3.4: Annex B, Section B.5 with Table B.5-1, Sections B.5.1 and B.5.1.1."""
    header = tuple(cell(t) for t in ("SOP Class Name", "SOP Class UID", "IOD", "Specialization"))
    table = Table(
        id="table_B.5-1",
        label="B.5-1",
        caption="Standard SOP Classes",
        section_id="sect_B.5",
        header=(header,),
        rows=(
            tuple(cell(t) for t in ("CT Image Storage", "1.2.3.1", "CT Image IOD", "")),
            tuple(cell(t) for t in ("MR Image Storage", "1.2.3.2", "MR Image IOD", "")),
        ),
    )
    sections = {
        "chapter_B": Section("chapter_B", "B", "Storage Service Class", None),
        "sect_B.5": Section(
            "sect_B.5",
            "B.5",
            "Standard SOP Classes",
            "chapter_B",
            (Paragraph("Table B.5-1 lists them."), TableRef("table_B.5-1")),
        ),
        "sect_B.5.1": Section("sect_B.5.1", "B.5.1", "Specialization", "sect_B.5"),
        "sect_B.5.1.1": Section(
            "sect_B.5.1.1", "B.5.1.1", "CT", "sect_B.5.1", (Paragraph("Old text."),)
        ),
        "sect_B.6": Section("sect_B.6", "B.6", "Later", "chapter_B"),
    }
    return Document(
        part=4,
        edition=EDITION,
        format="chtml",
        source="test",
        sections=sections,
        tables={table.id: table},
    )
