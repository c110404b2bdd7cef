"""PS3.15 2024c is in the mirror as DocBook and as chunked HTML: both readers must agree.

Every table and every section is compared whole (``==`` on the frozen model
values: rows, cells, paragraphs, items, italics, cross references and their
labels; section ids, labels, titles, parents and blocks), and so is the order.
The only part of the model outside ``==`` is ``XRef.shown``, the publisher's
rendering of a link, which the DocBook does not hold (see ``model.XRef``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.readers import (
    ChtmlReader,
    DocBookReader,
    Document,
    ItemizedList,
    Paragraph,
    TableRef,
    VariableList,
)


@pytest.fixture(scope="module")
def docbook(mirror_root: Path) -> Document:
    return DocBookReader(part=15, edition="2024c").read(
        mirror_root / "2024c/source/docbook/part15/part15.xml"
    )


@pytest.fixture(scope="module")
def chtml(mirror_root: Path) -> Document:
    return ChtmlReader(part=15, edition="2024c").read(mirror_root / "2024c/output/chtml/part15")


def test_same_part_and_edition(docbook: Document, chtml: Document) -> None:
    assert (docbook.part, docbook.edition, docbook.format) == (15, "2024c", "docbook")
    assert (chtml.part, chtml.edition, chtml.format) == (15, "2024c", "chtml")
    assert chtml.missing == docbook.missing == ()


def test_same_tables(docbook: Document, chtml: Document) -> None:
    assert len(docbook.tables) == 47
    assert list(docbook.tables) == list(chtml.tables)
    differing = [t for t in docbook.tables if docbook.tables[t] != chtml.tables[t]]
    assert differing == []


def test_same_section_tree(docbook: Document, chtml: Document) -> None:
    def tree(doc: Document) -> list[tuple[str, str, str, str | None]]:
        return [(s.id, s.label, s.title, s.parent_id) for s in doc.sections.values()]

    assert len(docbook.sections) == 206
    assert tree(docbook) == tree(chtml)


def test_same_section_blocks(docbook: Document, chtml: Document) -> None:
    differing = [s for s in docbook.sections if docbook.sections[s] != chtml.sections[s]]
    assert differing == []


def test_the_comparison_has_substance(docbook: Document) -> None:
    """Guard against agreeing on nothing: the Part's content is really there."""
    cells = [c for t in docbook.tables.values() for r in t.rows for c in r]
    assert len(cells) > 17000
    xrefs = [x for c in cells for x in c.xrefs]
    assert len({x.target for x in xrefs}) > 30
    assert any(x.document is None for x in xrefs)
    assert any(x.document == "PS3.16" for x in xrefs)
    assert sum(bool(c.italics) for c in cells) == 2
    assert sum(bool(c.variablelists) for c in cells) == 3
    assert sum(len(c.paragraphs) > 1 for c in cells) == 420
    table = docbook.table("table_E.1-1")
    assert (table.label, table.caption, table.section_id) == (
        "E.1-1",
        "Application Level Confidentiality Profile Attributes",
        "sect_E.1.1",
    )
    assert len(table.rows) == 623
    assert [c.text for c in table.rows[0][:5]] == [
        "Accession Number",
        "(0008,0050)",
        "N",
        "Y",
        "Z",
    ]
    blocks = [b for s in docbook.sections.values() for b in s.blocks]
    assert sum(isinstance(b, TableRef) for b in blocks) == 47
    assert sum(isinstance(b, Paragraph) for b in blocks) == 513
    assert sum(isinstance(b, ItemizedList) for b in blocks) == 78
    assert sum(isinstance(b, VariableList) for b in blocks) == 27
    assert sum(b.note for b in blocks if not isinstance(b, TableRef)) == 57


def test_known_differences_are_outside_equality(docbook: Document, chtml: Document) -> None:
    """The publisher's link rendering exists only in the HTML, and is not compared."""
    cell_db = docbook.table("table_A.5.2-1").rows[0][4]
    cell_html = chtml.table("table_A.5.2-1").rows[0][4]
    assert cell_db == cell_html
    assert cell_db.text.endswith("DCID 400 in PS3.16")
    assert cell_db.xrefs[0].shown is None
    assert cell_html.xrefs[0].shown == "CID 400 “Audit Event ID”"
