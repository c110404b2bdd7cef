"""Read one overlay fragment: a DocBook ``book`` of one Part with ``ov:`` actions.

The file is read twice: by the DocBook reader of the build
(:class:`~generator.readers.docbook.DocBookReader`), which turns its sections and
tables into the same model values a Part gives, and by a small scan of the XML
for the ``ov:`` attributes, which say what to do with each of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from lxml import etree

from generator.overlays.manifest import OverlayError
from generator.readers.docbook import DB_NS, SECTION_TAGS, DocBookReader
from generator.readers.model import Document, Row, Section, Table, TableRef
from generator.readers.text import Target

OV_NS = "urn:dicomodel:overlay"
_OV = f"{{{OV_NS}}}"
_DB = f"{{{DB_NS}}}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_TABLES = frozenset((_DB + "table", _DB + "informaltable"))
_ROW = _DB + "tr"

SectionAction = Literal["replace", "add"]
TableAction = Literal["replace", "add", "edit"]
RowAction = Literal["add", "replace", "remove"]

Allowed = Mapping[str, tuple[str, ...] | None]

_SECTION_ATTRIBUTES: Allowed = {"action": ("replace", "add"), "after": None, "parent": None}
_TABLE_ATTRIBUTES: Allowed = {"action": ("replace", "add", "edit"), "after": None, "key": None}
_ROW_ATTRIBUTES: Allowed = {
    "action": ("add", "replace", "remove"),
    "after": None,
    "before": None,
    "match": None,
}

Element = etree._Element


@dataclass(frozen=True, slots=True)
class SectionOp:
    """A section of the fragment: ``action`` ``None`` for one that only gives context."""

    section: Section
    action: SectionAction | None
    after: str | None = None
    parent: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class RowOp:
    """One body row of an edited table and what to do with it."""

    row: Row
    action: RowAction
    number: int
    after: str | None = None
    before: str | None = None
    match: str | None = None


@dataclass(frozen=True, slots=True)
class TableOp:
    """A table of the fragment; ``key`` are the 0-based key columns of an edit.

    An edited table without rows keeps the table as it is: that is how a replaced
    section says where the tables it holds stand.
    """

    table: Table
    action: TableAction
    key: tuple[int, ...] = (0,)
    after: str | None = None
    rows: tuple[RowOp, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class Fragment:
    """Everything one fragment file asks, in document order."""

    path: Path
    part: int
    sections: tuple[SectionOp, ...]
    tables: tuple[TableOp, ...]


def _line(el: Element) -> int:
    line = el.sourceline
    return line if isinstance(line, int) else 0


def _ov(el: Element, allowed: Allowed, path: Path) -> dict[str, str]:
    """The ``ov:`` attributes of ``el``, checked against what its kind allows."""
    found: dict[str, str] = {}
    for name, value in el.attrib.items():
        if not isinstance(name, str) or not name.startswith(_OV):
            continue
        value = str(value)
        local = name[len(_OV) :]
        where = f"{path}:{_line(el)}"
        if local not in allowed:
            tag = etree.QName(el).localname
            raise OverlayError(f"{where}: ov:{local} is not allowed on <{tag}>")
        choices = allowed[local]
        if choices is not None and value not in choices:
            raise OverlayError(f"{where}: ov:{local}={value!r} is not one of {', '.join(choices)}")
        found[local] = value
    return found


def _key_columns(text: str | None, where: str) -> tuple[int, ...]:
    if text is None:
        return (0,)
    try:
        columns = tuple(int(part) - 1 for part in text.split(","))
    except ValueError:
        raise OverlayError(f"{where}: ov:key={text!r} is not column numbers such as 1,2") from None
    if not columns or min(columns) < 0:
        raise OverlayError(f"{where}: ov:key={text!r}: columns count from 1")
    return columns


def _body_rows(table: Element) -> Iterator[Element]:
    """The body ``tr`` elements, in the order the DocBook reader reads them."""
    for child in table:
        if child.tag in (_DB + "tbody", _DB + "tfoot"):
            yield from child.iterchildren(_ROW)
        elif child.tag == _ROW:
            yield child


def _check_stray(root: Element, path: Path) -> None:
    """``ov:`` attributes anywhere else (a ``td``, a ``para``...) are mistakes."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in SECTION_TAGS or el.tag in _TABLES:
            continue
        if el.tag == _ROW:
            continue
        if any(isinstance(n, str) and n.startswith(_OV) for n in el.attrib):
            tag = etree.QName(el).localname
            raise OverlayError(f"{path}:{_line(el)}: ov: attributes are not allowed on <{tag}>")


def _scan(path: Path) -> Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    return etree.parse(str(path), parser).getroot()


def read_fragment(
    path: Path, part: int, edition: str, known: Mapping[str, Target] | None = None
) -> Fragment:
    """Read a fragment of PS3.``part`` for a build of ``edition``.

    ``known``: the link targets of the Part it amends (its links to them render
    as the publisher would render them there).

    A malformed file (not XML, not a DocBook book of that Part, an unknown or
    misplaced ``ov:`` attribute, a table without action, a section without id)
    is an :class:`OverlayError` or a :class:`~generator.errors.ReaderError`
    naming the file.
    """
    document = DocBookReader(part=part, edition=edition, known=known).read(path)
    root = _scan(path)
    _check_stray(root, path)
    sections: list[SectionOp] = []
    tables: list[TableOp] = []
    for el in root.iter():
        if el.tag in SECTION_TAGS:
            sections.append(_section_op(el, document, path))
        elif el.tag in _TABLES:
            tables.append(_table_op(el, document, path))
        elif el.tag == _ROW and _ov(el, _ROW_ATTRIBUTES, path):
            parent_table = next((a for a in el.iterancestors() if a.tag in _TABLES), None)
            action = None if parent_table is None else parent_table.get(_OV + "action")
            if action != "edit":
                raise OverlayError(
                    f"{path}:{_line(el)}: a row with ov:action must stand in a table "
                    'with ov:action="edit"'
                )
    return Fragment(path=path, part=part, sections=tuple(sections), tables=tuple(tables))


def _section_op(el: Element, document: Document, path: Path) -> SectionOp:
    where = f"{path}:{_line(el)}"
    section_id = el.get(_XML_ID)
    if not section_id:
        raise OverlayError(f"{where}: every section of a fragment needs an xml:id")
    attributes = _ov(el, _SECTION_ATTRIBUTES, path)
    section = document.section(section_id)
    action = cast(SectionAction | None, attributes.get("action"))
    if action != "add" and ("after" in attributes or "parent" in attributes):
        raise OverlayError(f"{where}: {section_id}: ov:after and ov:parent are for added sections")
    if action is None:
        stray = [b for b in section.blocks if not isinstance(b, TableRef)]
        if stray:
            raise OverlayError(
                f"{where}: {section_id} has no ov:action, so it only gives context; its text "
                'would be ignored (give it ov:action="replace")'
            )
    return SectionOp(
        section=section,
        action=action,
        after=attributes.get("after"),
        parent=attributes.get("parent"),
        line=_line(el),
    )


def _table_op(el: Element, document: Document, path: Path) -> TableOp:
    where = f"{path}:{_line(el)}"
    table_id = el.get(_XML_ID)
    if not table_id:
        raise OverlayError(f"{where}: every table of a fragment needs an xml:id")
    attributes = _ov(el, _TABLE_ATTRIBUTES, path)
    action = cast(TableAction | None, attributes.get("action"))
    if action is None:
        raise OverlayError(f'{where}: {table_id}: ov:action="replace", "add" or "edit" is needed')
    table = document.table(table_id)
    if table.section_id is None:
        raise OverlayError(f"{where}: {table_id} must stand in a section")
    if action != "edit" and "key" in attributes:
        raise OverlayError(f"{where}: {table_id}: ov:key is for edited tables")
    if action != "add" and "after" in attributes:
        raise OverlayError(f"{where}: {table_id}: ov:after is for added tables")
    if action != "edit":
        stray = next(
            (
                r
                for r in el.iter(_ROW)
                if any(isinstance(n, str) and n.startswith(_OV) for n in r.attrib)
            ),
            None,
        )
        if stray is not None:
            raise OverlayError(
                f"{path}:{_line(stray)}: a row with ov:action must stand in a table "
                'with ov:action="edit"'
            )
        if not table.header or not table.rows:
            raise OverlayError(
                f"{where}: {table_id}: a replaced or added table needs a header and rows"
            )
        return TableOp(table=table, action=action, after=attributes.get("after"), line=_line(el))
    key = _key_columns(attributes.get("key"), where)
    row_elements = list(_body_rows(el))
    if len(row_elements) != len(table.rows):
        raise OverlayError(
            f"{where}: {table_id}: {len(row_elements)} rows read as {len(table.rows)}; "
            "rows of an edit may not span rows"
        )
    rows: list[RowOp] = []
    for number, (row_el, row) in enumerate(zip(row_elements, table.rows, strict=True), start=1):
        row_attributes = _ov(row_el, _ROW_ATTRIBUTES, path)
        row_action = cast(RowAction | None, row_attributes.get("action"))
        if row_action is None:
            raise OverlayError(
                f'{path}:{_line(row_el)}: {table_id} row {number}: ov:action="add", '
                '"replace" or "remove" is needed'
            )
        if row_action != "add" and ("after" in row_attributes or "before" in row_attributes):
            raise OverlayError(
                f"{path}:{_line(row_el)}: {table_id} row {number}: ov:after and ov:before "
                "are for added rows"
            )
        if row_action == "add" and "match" in row_attributes:
            raise OverlayError(
                f"{path}:{_line(row_el)}: {table_id} row {number}: ov:match is for replaced "
                "or removed rows"
            )
        rows.append(
            RowOp(
                row=row,
                action=row_action,
                number=number,
                after=row_attributes.get("after"),
                before=row_attributes.get("before"),
                match=row_attributes.get("match"),
            )
        )
    return TableOp(table=table, action="edit", key=key, rows=tuple(rows), line=_line(el))
