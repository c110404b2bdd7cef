"""IOD module tables ("... IOD Modules") -> :class:`IOD` with its :class:`ModuleUse` rows.

The Reference cell links the module's section; the module's attribute table is the
module table in that section (or, failing that, in its subsections) whose caption
names the module, or the only module table there. A row whose reference reaches no
module table is kept with ``module_table=None`` and reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.modules import IOD, ModuleUse, Usage, parse_usage
from generator.overrides.references import reference_fix
from generator.parse.columns import cell_text, column_map, optional_column
from generator.parse.part03.tables import TableClass, TableKind, normal
from generator.readers.model import Cell, Document, Table

IOD_COLUMNS = {"module": ("Module",), "reference": ("Reference",)}


class TableFinder:
    """Finds the attribute table of a module or macro from the section a row links."""

    def __init__(self, document: Document, classes: Mapping[str, TableClass]) -> None:
        self.document = document
        self.classes = classes
        self.by_section: dict[str, list[str]] = defaultdict(list)
        for table_id, table in document.tables.items():
            if table.section_id is not None and classes[table_id].kind.attributes:
                self.by_section[table.section_id].append(table_id)
        self.children: dict[str, list[str]] = defaultdict(list)
        for section in document.sections.values():
            if section.parent_id is not None:
                self.children[section.parent_id].append(section.id)

    def find(self, section_id: str, name: str, kind: TableKind) -> tuple[str | None, str | None]:
        """``(table id, problem)``: the table, or ``None`` and why not."""
        candidates = self._tables_at_or_below(section_id)
        of_kind = [t for t in candidates if self.classes[t].kind is kind]
        wanted = re.sub(r" (macro attributes|macro|module)$", "", normal(name))
        named = [t for t in of_kind if normal(self.classes[t].name) == wanted]
        if len(named) == 1:
            return named[0], None
        if len(of_kind) == 1:
            found = of_kind[0]
            found_name = normal(self.classes[found].name)
            if f" {wanted} " not in f" {found_name} ":
                return found, (
                    f"{section_id} holds the {kind.value} table {found} named "
                    f"{self.classes[found].name!r}, not {name!r}; took it as linked"
                )
            return found, None
        if not of_kind:
            return None, f"{section_id} holds no {kind.value} table"
        return of_kind[0], f"{section_id} holds {len(of_kind)} {kind.value} tables; took the first"

    def _tables_at_or_below(self, section_id: str) -> list[str]:
        found = list(self.by_section.get(section_id, []))
        if found:
            return found
        queue = list(self.children.get(section_id, []))
        while queue:
            current = queue.pop(0)
            found.extend(self.by_section.get(current, []))
            queue.extend(self.children.get(current, []))
        return found


def reference_target(cell: Cell) -> str | None:
    """The section (or table) the Reference cell links."""
    for xref in cell.xrefs:
        if xref.document is None and xref.target.startswith(("sect_", "table_")):
            return xref.target
    return None


def parse_iod(
    document: Document,
    table: Table,
    table_class: TableClass,
    finder: TableFinder,
    report: list[str],
) -> IOD:
    """One IOD module table."""
    where = f"PS3.3 {document.edition}"
    columns = column_map(table, IOD_COLUMNS, where=where)
    ie_column = optional_column(table, "ie", ("IE",), where=where)
    usage_column = optional_column(table, "usage", ("Usage",), where=where)
    description_column = optional_column(
        table, "description", ("Module Description", "Description"), where=where
    )
    if usage_column is None:
        report.append(
            f"{where} {table.id} ({table_class.name} IOD): no Usage column; modules kept "
            "without usage, with their Module Description"
        )
    origin = Origin(part=3, edition=document.edition, table=table.id, section=table.section_id)
    modules = []
    for number, row in enumerate(table.rows, start=1):
        row_where = f"{where} {table.id} row {number}"
        name = cell_text(row, columns["module"])
        if not name:
            continue
        reference_cell = row[columns["reference"]]
        reference = reference_target(reference_cell)
        module_table: str | None = None
        fix = reference_fix(table.id, name, reference)
        if fix is not None:
            report.append(fix.describe())
            reference, module_table = fix.section, fix.module_table
        elif reference is None:
            report.append(
                f"{row_where}: module {name!r} links no section ({reference_cell.text!r})"
            )
        elif reference.startswith("table_"):
            module_table = reference
        else:
            module_table, problem = finder.find(reference, name, TableKind.MODULE)
            if problem:
                report.append(f"{row_where}: module {name!r}: {problem}")
        usage: Usage | None = None
        condition: str | None = None
        if usage_column is not None:
            try:
                usage, condition = parse_usage(cell_text(row, usage_column), row_where)
            except ParseError as error:
                report.append(f"{error}; kept without usage")
        modules.append(
            ModuleUse(
                ie=cell_text(row, ie_column) if ie_column is not None else None,
                name=name,
                reference=reference,
                module_table=module_table,
                usage=usage,
                condition=condition,
                description=(
                    cell_text(row, description_column) if description_column is not None else None
                ),
                origin=origin,
            )
        )
    return IOD(
        name=table_class.name,
        table=table.id,
        label=table.label,
        section=table.section_id,
        modules=tuple(modules),
        origin=origin,
    )
