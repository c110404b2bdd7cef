"""Rows of a module or macro table -> a tree of raw rows by their ``>`` nesting marks.

A row is one of three things:

- an attribute: a tag in the Tag column (``(0008,0060)``, ``(60xx,0010)``);
- an include: the name cell reads ``>>Include Table 10-11 ...`` (an italic run with
  a link to the macro table), maybe followed by a condition ("if and only if ...")
  or a context group ("DCID 4216 in PS3.16.");
- a placeholder: a spanning italic row that names no attribute ("Include one or more
  Functional Group Macros", "Any Attribute ...", a heading such as "BASIC CODED
  ENTRY ATTRIBUTES").

A row at depth ``d`` belongs to the nearest attribute above it at depth ``d - 1``
(a sequence); a row whose depth skips a level is attached to the nearest shallower
attribute and reported. A row at depth ``d`` that follows an include at depth
``d - 1`` extends the included macro's sequence (Table C.18.4-1 includes the
Composite Object Reference Macro, then adds ``>Referenced Frame Number`` to its
Referenced SOP Sequence): it becomes a child of the include node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.errors import ParseError
from generator.ir.modules import AttributeType, PlaceholderKind, parse_attribute_type
from generator.parse.columns import clean
from generator.readers.model import Cell, Row, Table

_TAG = re.compile(r"^\(\s*([0-9A-Fa-fxX]{4})\s*,\s*([0-9A-Fa-fxX]{4})\s*\)$")
_MARKS = re.compile(r"^(?P<marks>(?:>\s*)*)(?P<rest>.*)$", re.DOTALL)
_INCLUDE = re.compile(
    r"^Include\s+(?:Table\s+(?P<label>[A-Z0-9][\w.\-]*?)\.?(?=\s|$))?\s*(?P<rest>.*)$",
    re.DOTALL,
)
#: The included table's title, as ``select: label quotedtitle`` shows it after its label.
_QUOTED_TITLE = re.compile(r"^“[^”]*”")
_CONDITION_START = re.compile(r"^(?:if|only if|when|unless|for)\b", re.IGNORECASE)
_HEADING = re.compile(r"^[A-Z][A-Z0-9 /\-]+$")


def normal_tag(text: str) -> str | None:
    """``(0074,100c)`` -> ``(0074,100C)``; ``(60XX,0010)`` -> ``(60xx,0010)``; else ``None``."""
    match = _TAG.match(clean(text))
    if not match:
        return None
    group, element = (part.upper().replace("X", "x") for part in match.groups())
    return f"({group},{element})"


def split_marks(text: str) -> tuple[int, str]:
    """``">>Include Table 8.8-1"`` -> ``(2, "Include Table 8.8-1")``."""
    match = _MARKS.match(clean(text))
    assert match is not None  # the pattern matches every string
    return match.group("marks").count(">"), match.group("rest").strip()


@dataclass(frozen=True, slots=True)
class RawAttribute:
    """An attribute row, as written."""

    number: int
    depth: int
    name: str
    tag: str
    type: AttributeType | None
    description: Cell


@dataclass(frozen=True, slots=True)
class RawInclude:
    """An include row: its target table (``None`` if the row links none) and extras."""

    number: int
    depth: int
    text: str
    target: str | None
    label: str
    condition: str | None
    extra: str
    description: Cell


@dataclass(frozen=True, slots=True)
class RawPlaceholder:
    """A row that names no attribute."""

    number: int
    depth: int
    kind: PlaceholderKind
    text: str


RawRow = RawAttribute | RawInclude | RawPlaceholder


@dataclass(slots=True)
class RawNode:
    """A raw row and the rows nested below it.

    An attribute's children are its items' rows; an include's children extend the
    last sequence of the included macro.
    """

    row: RawRow
    children: list[RawNode] = field(default_factory=list)


def placeholder_kind(text: str) -> PlaceholderKind:
    """The kind of a row that names no attribute, from its words."""
    lowered = text.lower()
    if "functional group macros" in lowered:
        return PlaceholderKind.FUNCTIONAL_GROUP_MACROS
    if re.match(r"^(optionally, )?(any|all other|include any)\b", lowered):
        return PlaceholderKind.ANY_ATTRIBUTES
    if _HEADING.match(text):
        return PlaceholderKind.HEADING
    return PlaceholderKind.OTHER


def _cell(row: Row, index: int | None) -> Cell:
    return row[index] if index is not None and index < len(row) else Cell(text="")


def _include(number: int, depth: int, text: str, name_cell: Cell, description: Cell) -> RawInclude:
    match = _INCLUDE.match(text)
    assert match is not None  # callers checked the text starts with "Include"
    label = match.group("label") or ""
    rest = match.group("rest").strip()
    target = next((x.target for x in name_cell.xrefs if x.target.startswith("table_")), None)
    if target is None and label:
        target = f"table_{label}"
    if target is not None and not label:
        label = next(x.label for x in name_cell.xrefs if x.target == target)
    rest = _QUOTED_TITLE.sub("", rest).lstrip(". ").strip()
    condition = rest if _CONDITION_START.match(rest) else None
    return RawInclude(
        number=number,
        depth=depth,
        text=text,
        target=target,
        label=label,
        condition=condition,
        extra="" if condition else rest,
        description=description,
    )


def parse_rows(
    table: Table, columns: dict[str, int | None], where: str, report: list[str]
) -> list[RawRow]:
    """The rows of an attribute table as raw rows, in table order.

    A row with no tag that is neither an include nor a spanning placeholder is a
    :class:`ParseError`; unknown Type values are reported and kept as ``None``.
    """
    rows: list[RawRow] = []
    name_index, tag_index = columns["name"], columns["tag"]
    assert name_index is not None
    assert tag_index is not None
    expected = len(table.header[-1]) if table.header else 0
    for number, row in enumerate(table.rows, start=1):
        row_where = f"{where} row {number}"
        name_cell = _cell(row, name_index)
        if not any(clean(cell.text) for cell in row):
            continue
        if expected and len(row) != expected:
            report.append(
                f"{row_where}: {len(row)} cells under a {expected}-column header; "
                "columns read by header position"
            )
        depth, name = split_marks(name_cell.text)
        description = _cell(row, columns["description"])
        tag = normal_tag(_cell(row, tag_index).text)
        if tag is not None:
            type_text = clean(_cell(row, columns["type"]).text)
            attribute_type: AttributeType | None = None
            if columns["type"] is not None:
                try:
                    attribute_type = parse_attribute_type(type_text, f"{row_where} {tag}")
                except ParseError as error:
                    report.append(f"{error}; kept without a type")
            rows.append(RawAttribute(number, depth, name, tag, attribute_type, description))
            continue
        spans = _cell(row, tag_index) == name_cell
        links_table = any(x.target.startswith("table_") for x in name_cell.xrefs)
        if re.match(r"Include\s+Table\b", name) or (name.startswith("Include ") and links_table):
            if not spans:
                description = Cell(text="")
            rows.append(_include(number, depth, name, name_cell, description))
        elif spans:
            rows.append(RawPlaceholder(number, depth, placeholder_kind(name), name))
        else:
            raise ParseError(
                f"{row_where}: {name!r} has no tag ({_cell(row, tag_index).text!r}) and is "
                "neither an include nor a spanning row"
            )
    return rows


def build_tree(rows: list[RawRow], where: str, report: list[str]) -> list[RawNode]:
    """Nest raw rows under their sequences by depth."""
    top: list[RawNode] = []
    # open_attributes[d] is the latest attribute (or include) at depth d, which rows
    # at depth d + 1 join.
    open_attributes: list[RawNode] = []
    for row in rows:
        node = RawNode(row)
        depth = row.depth
        if depth == 0:
            top.append(node)
        else:
            parents = open_attributes[:depth]
            if not parents:
                report.append(
                    f"{where} row {row.number}: nesting depth {depth} with no sequence above; "
                    "kept at the top level"
                )
                top.append(node)
                depth = 0
            else:
                parent = parents[-1]
                if len(parents) < depth:
                    report.append(
                        f"{where} row {row.number}: nesting depth {depth} skips a level; "
                        f"attached to row {parent.row.number}"
                    )
                    depth = len(parents)
                parent.children.append(node)
        del open_attributes[depth:]
        if isinstance(row, RawAttribute | RawInclude):
            open_attributes.append(node)
    return top
