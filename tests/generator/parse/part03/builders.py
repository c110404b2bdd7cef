"""Small PS3.3-shaped documents built from the model classes, for bad-input tests."""

from __future__ import annotations

from generator.readers.model import Cell, Document, Paragraph, Section, Table, TableRef, XRef

ATTRIBUTE_HEADER = ("Attribute Name", "Tag", "Type", "Attribute Description")


def cell(text: str, *, xrefs: tuple[XRef, ...] = (), italic: bool = False) -> Cell:
    """A cell of one or more paragraphs (newline-separated)."""
    paragraphs = tuple(line for line in text.split("\n") if line)
    return Cell(
        text=text,
        paragraphs=paragraphs,
        xrefs=xrefs,
        italics=paragraphs if italic else (),
    )


def attribute(name: str, tag: str, type_: str, description: str = "") -> tuple[Cell, ...]:
    """An attribute row."""
    return (cell(name), cell(tag), cell(type_), cell(description))


def include(marks: str, label: str, rest: str = "", description: str = "") -> tuple[Cell, ...]:
    """An include row spanning name, tag and type, linking ``table_<label>``."""
    text = f"{marks}Include Table {label}{rest}"
    name = cell(text, xrefs=(XRef(target=f"table_{label}", label=label),), italic=True)
    return (name, name, name, cell(description))


def table(
    table_id: str,
    caption: str,
    rows: list[tuple[Cell, ...]],
    header: tuple[str, ...] = ATTRIBUTE_HEADER,
    section: str | None = None,
) -> Table:
    """A table with one header row."""
    return Table(
        id=table_id,
        label=table_id.removeprefix("table_"),
        caption=caption,
        section_id=section or f"sect_{table_id.removeprefix('table_')}",
        header=(tuple(cell(text) for text in header),),
        rows=tuple(rows),
    )


def document(*tables: Table, sections: tuple[Section, ...] = ()) -> Document:
    """A PS3.3 document holding these tables, each in a section of its own."""
    all_sections = {s.id: s for s in sections}
    for t in tables:
        if t.section_id and t.section_id not in all_sections:
            all_sections[t.section_id] = Section(
                id=t.section_id,
                label=t.section_id.removeprefix("sect_"),
                title=t.caption,
                parent_id=None,
                blocks=(Paragraph(text=t.caption), TableRef(table_id=t.id)),
            )
    return Document(
        part=3,
        edition="test",
        format="docbook",
        source="built in tests",
        sections=all_sections,
        tables={t.id: t for t in tables},
    )
