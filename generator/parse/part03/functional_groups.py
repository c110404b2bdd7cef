"""Functional group macro tables ("... Functional Group Macros") of multi-frame IODs.

Each row names a macro, links its section and gives a usage whose text may add a
condition ("C - Required if ...") or a note on where the macro may stand ("M - Shall
be used as a shared functional group", "U - Shall not be used as a Shared
Functional Group", "M - May not be used as a Per-Frame Functional Group"), read into
:class:`FunctionalGroupSharing`.

A table belongs to the IOD whose module table has the same name ("Segmentation
Functional Group Macros" -> "Segmentation IOD Modules"), else to the IOD module
table that shares its parent section. An IOD's "... Functional Group Macros" section
may hold no table and name another IOD's instead (PS3.3 A.36.4.4: "Table A.36-2
specifies the use of the Functional Group Macros used in the Multi-frame Functional
Groups Module for the Enhanced MR Color Image IOD"): the IOD uses that table's rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.modules import (
    IOD,
    FunctionalGroupUse,
    Usage,
    functional_group_sharing,
    parse_usage,
)
from generator.parse.columns import cell_text, column_map
from generator.parse.part03.iods import TableFinder, reference_target
from generator.parse.part03.tables import TableClass, TableKind
from generator.readers.model import Document, Table

FUNCTIONAL_GROUP_COLUMNS = {
    "macro": ("Functional Group Macro",),
    "section": ("Section",),
    "usage": ("Usage",),
}
_CONDITION_START = ("Required", "required", "May be", "Shall be present", "Optional")


def parse_functional_groups(
    document: Document, table: Table, finder: TableFinder, report: list[str]
) -> tuple[FunctionalGroupUse, ...]:
    """The rows of one functional group macro table."""
    where = f"PS3.3 {document.edition}"
    columns = column_map(table, FUNCTIONAL_GROUP_COLUMNS, where=where)
    origin = Origin(part=3, edition=document.edition, table=table.id, section=table.section_id)
    uses = []
    for number, row in enumerate(table.rows, start=1):
        row_where = f"{where} {table.id} row {number}"
        name = cell_text(row, columns["macro"])
        if not name:
            continue
        reference = reference_target(row[columns["section"]])
        macro_table: str | None = None
        if reference is None:
            report.append(f"{row_where}: functional group {name!r} links no section")
        elif reference.startswith("table_"):
            macro_table = reference
        else:
            macro_table, problem = finder.find(reference, name, TableKind.MACRO)
            if problem:
                report.append(f"{row_where}: functional group {name!r}: {problem}")
        try:
            usage, note = parse_usage(cell_text(row, columns["usage"]), row_where)
        except ParseError as error:
            report.append(f"{error}; taken as U")
            usage, note = Usage.USER_OPTION, cell_text(row, columns["usage"])
        uses.append(
            FunctionalGroupUse(
                name=name,
                reference=reference,
                macro_table=macro_table,
                usage=usage,
                condition=note,
                sharing=functional_group_sharing(note),
                origin=origin,
            )
        )
    return tuple(uses)


def owner_iod(
    document: Document,
    table: Table,
    table_class: TableClass,
    iods: Mapping[str, IOD],
) -> IOD | None:
    """The IOD a functional group table belongs to (by name, else by parent section)."""
    by_name = [iod for iod in iods.values() if iod.name == table_class.name]
    if len(by_name) == 1:
        return by_name[0]
    parent = _parent(document, table.section_id)
    siblings = [iod for iod in iods.values() if _parent(document, iod.section) == parent]
    return siblings[0] if len(siblings) == 1 else None


def _parent(document: Document, section_id: str | None) -> str | None:
    section = document.sections.get(section_id) if section_id else None
    return section.parent_id if section else None


_USES_TABLE = re.compile(
    r"^Table (?P<label>[A-Z]?[\d.]+-\d+[a-z]?) specifies the use of the Functional Group "
    r"Macros\b.*\bfor the (?P<iod>.+?) IOD\.?$"
)


def borrowed_table(document: Document, iod: IOD) -> str | None:
    """The functional group table another IOD's section names for ``iod``, or ``None``.

    Read from the paragraphs of the IOD's "<name> Functional Group Macros" section,
    a sibling of its module table's section, when that section holds no table.
    """
    module_section = document.sections.get(iod.section) if iod.section else None
    if module_section is None:
        return None
    title = f"{iod.name} Functional Group Macros"
    by_label = {table.label: table_id for table_id, table in document.tables.items()}
    for section in document.sections.values():
        if section.parent_id != module_section.parent_id or section.title != title:
            continue
        if any(table.section_id == section.id for table in document.tables.values()):
            return None
        for block in section.blocks:
            match = _USES_TABLE.match(" ".join(getattr(block, "text", "").split()))
            if match and match.group("iod") == iod.name:
                return by_label.get(match.group("label"))
    return None
