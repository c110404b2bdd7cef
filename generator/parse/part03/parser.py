"""``parse_part03(document, dictionary)``: PS3.3 -> IODs, modules and macros, resolved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from generator.errors import ParseError
from generator.ir.modules import IOD, AttributeTable, AttributeUse, Macro, Module
from generator.ir.registry import DataElement
from generator.parse.part03.functional_groups import (
    borrowed_table,
    owner_iod,
    parse_functional_groups,
)
from generator.parse.part03.includes import Resolver
from generator.parse.part03.iods import TableFinder, parse_iod
from generator.parse.part03.merge import iod_attributes
from generator.parse.part03.tables import TableClass, TableKind, classify_all
from generator.readers.model import Document

MAX_PLACES = 3
T = TypeVar("T", bound=AttributeTable)


@dataclass(slots=True)
class Part03:
    """What PS3.3 gives the IR, and what the build should report about it.

    ``modules`` and ``macros`` are keyed by table id, in document order. ``tables``
    classifies every table of the Part (what was parsed, what was skipped and why).
    ``unknown_tags`` maps each tag the data dictionary does not know to where it is
    used; ``unresolved`` lists the include rows and module references that reach no
    table. Everything in those two is also in ``report``.
    """

    edition: str
    iods: tuple[IOD, ...]
    modules: dict[str, Module]
    macros: dict[str, Macro]
    tables: dict[str, TableClass]
    unknown_tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unresolved: tuple[str, ...] = ()
    report: list[str] = field(default_factory=list)

    def iod(self, name: str) -> IOD:
        """The IOD of this name ("CT Image"), or a ``KeyError``."""
        for iod in self.iods:
            if iod.name == name:
                return iod
        raise KeyError(f"PS3.3 {self.edition}: no IOD {name!r}")

    def table(self, table_id: str) -> AttributeTable:
        """The module or macro of this table id, or a ``KeyError``."""
        found = self.modules.get(table_id) or self.macros.get(table_id)
        if found is None:
            raise KeyError(f"PS3.3 {self.edition}: no module or macro table {table_id!r}")
        return found

    def module(self, name: str) -> Module:
        """The module of this name ("General Image"), or a ``KeyError``."""
        return self._named(self.modules, name, "module")

    def macro(self, name: str) -> Macro:
        """The macro of this name ("Code Sequence"), or a ``KeyError``."""
        return self._named(self.macros, name, "macro")

    def _named(self, tables: Mapping[str, T], name: str, kind: str) -> T:
        found = [table for table in tables.values() if table.name == name]
        if len(found) != 1:
            raise KeyError(f"PS3.3 {self.edition}: {len(found)} {kind} tables named {name!r}")
        return found[0]

    def iod_attributes(self, iod: IOD | str) -> tuple[AttributeUse, ...]:
        """The IOD's flat attribute set (see :mod:`generator.parse.part03.merge`)."""
        return iod_attributes(self.iod(iod) if isinstance(iod, str) else iod, self.modules)


def _report_tables(edition: str, classes: Mapping[str, TableClass], report: list[str]) -> None:
    skipped = Counter[str]()
    for table_id, table_class in classes.items():
        if table_class.kind in (TableKind.DIRECTORY_KEYS, TableKind.EXAMPLE, TableKind.MALFORMED):
            report.append(
                f"PS3.3 {edition} {table_id} ({table_class.name}): skipped, {table_class.reason}"
            )
        elif table_class.kind is TableKind.OTHER:
            if table_class.reason != "not an attribute table":
                report.append(
                    f"PS3.3 {edition} {table_id} ({table_class.name}): skipped, "
                    f"{table_class.reason}"
                )
            skipped[table_class.reason] += 1
        elif table_class.reason == "attribute table parsed as a macro":
            report.append(
                f"PS3.3 {edition} {table_id} ({table_class.name}): caption names neither a "
                "module nor a macro; parsed as a macro"
            )
    if skipped:
        report.append(
            f"PS3.3 {edition}: {skipped['not an attribute table']} tables are neither attribute, "
            "IOD nor functional group tables (value tables, examples, overviews); not parsed"
        )


def parse_part03(document: Document, dictionary: Mapping[str, DataElement]) -> Part03:
    """Parse every IOD, module and macro table of a PS3.3 document.

    ``dictionary`` maps tags (``"(0008,0060)"``) to data elements; it gives each
    attribute its keyword. Problems that leave the rest usable are listed in the
    report (a table that cannot be parsed at all is listed and left out).
    """
    if document.part != 3:
        raise ParseError(f"{document.name} {document.edition}: not PS3.3")
    report: list[str] = []
    edition = document.edition
    classes = classify_all(document)
    _report_tables(edition, classes, report)
    resolver = Resolver(document, classes, dictionary, report)
    modules: dict[str, Module] = {}
    macros: dict[str, Macro] = {}
    for table_id, table_class in classes.items():
        if not table_class.kind.attributes:
            continue
        try:
            resolved = resolver.resolve(table_id)
        except ParseError as error:
            report.append(f"{error}; table left out")
            continue
        parsed = resolver.parsed[table_id]
        table = parsed.table
        record_type = Module if table_class.kind is TableKind.MODULE else Macro
        record = record_type(
            name=table_class.name,
            table=table_id,
            label=table.label,
            caption=table.caption,
            section=table.section_id,
            has_type_column=parsed.has_type_column,
            attributes=resolved.attributes,
            includes=resolved.includes,
            placeholders=resolved.placeholders,
            origin=resolver.origin(table),
        )
        if isinstance(record, Module):
            modules[table_id] = record
        else:
            macros[table_id] = record
    finder = TableFinder(document, classes)
    unresolved = list(resolver.unresolved)
    iods: dict[str, IOD] = {}
    for table_id, table_class in classes.items():
        if table_class.kind is TableKind.IOD:
            iod_report: list[str] = []
            iods[table_id] = parse_iod(
                document, document.table(table_id), table_class, finder, iod_report
            )
            report.extend(iod_report)
    for table_id, table_class in classes.items():
        if table_class.kind is not TableKind.FUNCTIONAL_GROUPS:
            continue
        table = document.table(table_id)
        owner = owner_iod(document, table, table_class, iods)
        if owner is None:
            report.append(
                f"PS3.3 {edition} {table_id} ({table_class.name}): belongs to no single IOD; "
                "not attached"
            )
            continue
        fg_report: list[str] = []
        uses = parse_functional_groups(document, table, finder, fg_report)
        report.extend(fg_report)
        iods[owner.table] = owner.model_copy(
            update={"functional_groups": uses, "functional_groups_table": table_id}
        )
    for table_id, iod in list(iods.items()):
        borrowed = None if iod.functional_groups else borrowed_table(document, iod)
        if borrowed is None:
            continue
        fg_report = []
        uses = parse_functional_groups(document, document.table(borrowed), finder, fg_report)
        report.append(
            f"PS3.3 {edition} {table_id} ({iod.name} IOD): functional group macros of "
            f"{borrowed}, which its section {iod.section} names"
        )
        iods[table_id] = iod.model_copy(
            update={"functional_groups": uses, "functional_groups_table": borrowed}
        )
    for iod in iods.values():
        unresolved.extend(
            f"PS3.3 {edition} {iod.table}: module {use.name!r} ({use.reference}) has no table"
            for use in iod.modules
            if use.module_table is None
        )
        unresolved.extend(
            f"PS3.3 {edition} {iod.functional_groups_table}: functional group {use.name!r} "
            f"({use.reference}) has no table"
            for use in iod.functional_groups
            if use.macro_table is None
        )
    unknown = {tag: tuple(sorted(places)) for tag, places in sorted(resolver.unknown_tags.items())}
    for tag, places in unknown.items():
        shown = ", ".join(places[:MAX_PLACES])
        more = f" and {len(places) - MAX_PLACES} more" if len(places) > MAX_PLACES else ""
        report.append(
            f"PS3.3 {edition}: {tag} is not in the data dictionary (no keyword): {shown}{more}"
        )
    return Part03(
        edition=edition,
        iods=tuple(iods.values()),
        modules=modules,
        macros=macros,
        tables=classes,
        unknown_tags=unknown,
        unresolved=tuple(unresolved),
        report=report,
    )
