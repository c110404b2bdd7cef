"""Survey every table of PS3.3 and say what each one is.

Tables are classified by caption and header together: an attribute table has the
columns Attribute Name, Tag, (Type), Attribute Description; its caption says whether
it is a module ("... Module Attributes") or a macro ("... Macro Attributes"). IOD
module tables end in "IOD Modules", functional group tables in "Functional Group
Macros". Everything else (value tables, examples, overviews) is not parsed, and
the classification says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from generator.parse.columns import clean
from generator.readers.model import Document, Table


class TableKind(StrEnum):
    """What a PS3.3 table is, for this parser."""

    MODULE = "module"
    MACRO = "macro"
    IOD = "iod"
    FUNCTIONAL_GROUPS = "functional-groups"
    DIRECTORY_KEYS = "directory-keys"
    EXAMPLE = "example"
    MALFORMED = "malformed"
    OTHER = "other"

    @property
    def attributes(self) -> bool:
        """True for the kinds whose rows are attributes (module, macro)."""
        return self in (TableKind.MODULE, TableKind.MACRO)


@dataclass(frozen=True, slots=True)
class TableClass:
    """A table's kind, the name it gives its module/macro/IOD, and why it was so classified."""

    kind: TableKind
    name: str
    reason: str


def normal(text: str) -> str:
    """Lower-case words only: the form header cells and names are compared in."""
    return re.sub(r"[^a-z0-9]+", " ", clean(text).lower()).strip()


NAME_HEADERS = {"attribute name"}
TAG_HEADERS = {"tag"}
TYPE_HEADERS = {"type"}
DESCRIPTION_HEADERS = {"attribute description", "description"}
KEY_HEADERS = {"key"}

IOD_SUFFIX = re.compile(r"\s+IOD Modules$")
FUNCTIONAL_GROUPS_SUFFIX = re.compile(r"\s+Functional Group Macros$")
MODULE_SUFFIX = re.compile(r"\s+Module (?:Attributes|Table)$")
MACRO_SUFFIX = re.compile(r"\s+Macro Attributes(?: Description)?$")
ATTRIBUTES_SUFFIX = re.compile(r"\s+Attributes$")


def header_names(table: Table) -> list[str]:
    """The normalized texts of the table's last header row (``[]`` without a header)."""
    return [normal(cell.text) for cell in table.header[-1]] if table.header else []


def attribute_columns(table: Table) -> dict[str, int | None] | None:
    """Columns ``name``, ``tag``, ``type`` (``None`` if absent), ``description``.

    ``None`` when the header is not that of an attribute table.
    """
    headers = header_names(table)

    def find(accepted: set[str]) -> int | None:
        return next((index for index, text in enumerate(headers) if text in accepted), None)

    name, tag, description = find(NAME_HEADERS), find(TAG_HEADERS), find(DESCRIPTION_HEADERS)
    if name is None or tag is None or description is None:
        return None
    return {"name": name, "tag": tag, "type": find(TYPE_HEADERS), "description": description}


def classify(table: Table) -> TableClass:
    """The kind of one table, from its caption and header."""
    caption = clean(table.caption)
    headers = header_names(table)
    if match := IOD_SUFFIX.search(caption):
        if "module" in headers and "reference" in headers:
            return TableClass(TableKind.IOD, caption[: match.start()], "IOD module table")
        return TableClass(
            TableKind.MALFORMED, caption, f"IOD caption but header {headers} lacks Module/Reference"
        )
    if match := FUNCTIONAL_GROUPS_SUFFIX.search(caption):
        if {"functional group macro", "section", "usage"} <= set(headers):
            return TableClass(
                TableKind.FUNCTIONAL_GROUPS, caption[: match.start()], "functional group table"
            )
        return TableClass(
            TableKind.MALFORMED, caption, f"functional group caption but header {headers}"
        )
    columns = attribute_columns(table)
    if columns is None and headers[:1] and headers[0] in KEY_HEADERS:
        return TableClass(TableKind.DIRECTORY_KEYS, caption, "directory record keys (Annex F)")
    if columns is None:
        if MODULE_SUFFIX.search(caption) or MACRO_SUFFIX.search(caption):
            return TableClass(
                TableKind.MALFORMED,
                caption,
                f"attribute table caption but header {headers} lacks Attribute Name, Tag "
                "or Attribute Description",
            )
        return TableClass(TableKind.OTHER, caption, "not an attribute table")
    if caption.startswith("Example"):
        return TableClass(TableKind.EXAMPLE, caption, "example in the conventions")
    if caption.endswith(" Keys"):
        return TableClass(TableKind.DIRECTORY_KEYS, caption, "directory record keys (Annex F)")
    if match := MODULE_SUFFIX.search(caption):
        return TableClass(TableKind.MODULE, caption[: match.start()], "module table")
    if match := MACRO_SUFFIX.search(caption):
        return TableClass(TableKind.MACRO, caption[: match.start()], "macro table")
    if match := ATTRIBUTES_SUFFIX.search(caption):
        return TableClass(
            TableKind.MACRO, caption[: match.start()], "attribute table parsed as a macro"
        )
    return TableClass(TableKind.OTHER, caption, "attribute header but caption names no module")


def classify_all(document: Document) -> dict[str, TableClass]:
    """Every table of the document, in document order, with its classification."""
    return {table_id: classify(table) for table_id, table in document.tables.items()}
