"""Which PS3.3 IOD module table defines the IOD of a PS3.3 section.

PS3.4 links a SOP class to an IOD's section (``sect_A.3``, ``sect_A.38.1``); the
IOD's module table (``table_A.3-1``, caption "... IOD Modules") sits in that
section or one of its subsections.
"""

from __future__ import annotations

from collections import defaultdict

from generator.ir.registry import SOPClass
from generator.readers.model import Document

IOD_TABLE_SUFFIX = "IOD Modules"


def iod_module_tables(document: Document) -> dict[str, tuple[str, ...]]:
    """Every section id of PS3.3 -> the IOD module tables at or below it, in document order."""
    below: dict[str, list[str]] = defaultdict(list)
    for table in document.tables.values():
        if not table.caption.endswith(IOD_TABLE_SUFFIX) or table.section_id is None:
            continue
        section_id: str | None = table.section_id
        while section_id is not None:
            below[section_id].append(table.id)
            section = document.sections.get(section_id)
            section_id = section.parent_id if section else None
    return {section_id: tuple(tables) for section_id, tables in below.items()}


def iod_table_for(section_id: str, index: dict[str, tuple[str, ...]]) -> str | None:
    """The one IOD module table under ``section_id``, or ``None`` if there is none or several."""
    tables = index.get(section_id, ())
    return tables[0] if len(tables) == 1 else None


def link_sop_classes(
    sop_classes: tuple[SOPClass, ...], part03: Document, report: list[str]
) -> tuple[SOPClass, ...]:
    """Fill each SOP class's IOD module table (and IOD name, where PS3.4 gave only a link).

    A link that reaches no single IOD module table is listed in ``report``.
    """
    index = iod_module_tables(part03)
    by_title = {section.title: section.id for section in part03.sections.values()}
    linked = []
    for sop_class in sop_classes:
        if sop_class.iod_section is None:
            sop_class = _by_storage_name(sop_class, by_title)
        if sop_class.iod_section is None:
            linked.append(sop_class)
            continue
        table = iod_table_for(sop_class.iod_section, index)
        section = part03.sections.get(sop_class.iod_section)
        if table is None:
            report.append(
                f"PS3.4 {sop_class.origin.table}: {sop_class.name} ({sop_class.uid}) links "
                f"{sop_class.iod_section}, which holds {len(index.get(sop_class.iod_section, ()))} "
                f"IOD module tables in PS3.3 {part03.edition}"
            )
        iod = sop_class.iod or (section.title if section else "")
        linked.append(sop_class.model_copy(update={"iod_table": table, "iod": iod}))
    unlinked_storage = [s.name for s in linked if s.iod_table is None and "Storage" in s.name]
    for name in unlinked_storage:
        report.append(f"PS3.4: storage SOP class {name!r} maps to no IOD of PS3.3 {part03.edition}")
    services = sum(1 for s in linked if s.iod_table is None) - len(unlinked_storage)
    report.append(
        f"PS3.4: {services} of {len(linked)} SOP classes are services that define no IOD "
        "(query/retrieve, worklist, relevant patient information)"
    )
    return tuple(linked)


def _by_storage_name(sop_class: SOPClass, by_title: dict[str, str]) -> SOPClass:
    """Tables of non-patient objects name no IOD: ``X Storage`` is defined by ``X IOD``.

    Hanging Protocol, Color Palette, Implant Template, Protocol, Inventory storage
    SOP classes are defined this way in the text of PS3.4 Annexes U to JJ.
    """
    if not sop_class.name.endswith(" Storage"):
        return sop_class
    title = sop_class.name.removesuffix(" Storage") + " IOD"
    section = by_title.get(title)
    if section is None:
        return sop_class
    return sop_class.model_copy(update={"iod_section": section, "iod": title})
