"""What a condition may name: attributes, modules, macros, IODs, SOP classes, sections.

:class:`Vocabulary` is built once per build from the IR (:func:`vocabulary`);
:class:`Where` says which row a condition belongs to (its table and tag path), so
"this Item" and "the first Item of X Sequence" can be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.ir.standard import Standard


def tag_number(tag: str) -> int | None:
    """``(0018,5100)`` -> ``0x00185100``; repeating groups (``60xx``) -> ``None``."""
    digits = tag.strip("()").replace(",", "")
    try:
        return int(digits, 16)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Element:
    """A data dictionary entry as the grammar needs it."""

    tag: int
    name: str
    vr: str
    retired: bool


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The names of one build, keyed for lookup (lower case where the text varies)."""

    elements: dict[int, Element] = field(default_factory=dict)
    attribute_names: dict[str, int] = field(default_factory=dict)
    modules: dict[str, str] = field(default_factory=dict)
    functional_groups: dict[str, str] = field(default_factory=dict)
    iods: dict[str, str] = field(default_factory=dict)
    sop_classes: dict[str, str] = field(default_factory=dict)
    sop_class_uids: frozenset[str] = frozenset()
    transfer_syntaxes: dict[str, str] = field(default_factory=dict)
    sections: dict[str, tuple[str, str]] = field(default_factory=dict)

    def section_target(self, label: str) -> tuple[str, str] | None:
        """``C.8.8.13`` -> ``("module", "RT Fraction Scheme")``; IOD sections by prefix."""
        found = self.sections.get(label)
        if found is not None:
            return found
        return self.sections.get(f"iod:{label}")


@dataclass(frozen=True, slots=True)
class Where:
    """The row a condition belongs to: its table and the tag path down to it."""

    table: str
    path: tuple[int, ...] = ()
    kind: str = "attribute"

    @property
    def parent(self) -> int | None:
        """The sequence whose item holds the row (``None`` at the top of the table)."""
        return self.path[-2] if len(self.path) >= 2 else None


def _strip(name: str, suffixes: Iterable[str]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def vocabulary(standard: Standard) -> Vocabulary:
    """The names of ``standard`` the grammar resolves."""
    elements: dict[int, Element] = {}
    names: dict[str, int] = {}
    for element in standard.data_elements:
        number = tag_number(element.tag)
        if number is None:
            continue
        vr = element.vrs[0].value if element.vrs else ""
        elements[number] = Element(number, element.name, vr, element.retired)
        previous = names.get(element.name)
        if previous is None or (elements[previous].retired and not element.retired):
            names[element.name] = number
    modules: dict[str, str] = {}
    sections: dict[str, tuple[str, str]] = {}
    for module in standard.modules:
        modules[module.name.lower()] = module.name
        if module.section:
            sections.setdefault(module.section.removeprefix("sect_"), ("module", module.name))
    functional_groups: dict[str, str] = {}
    group_tables: dict[str, str] = {}
    for iod in standard.iods:
        for use in iod.modules:
            modules.setdefault(use.name.lower(), use.name)
            if use.reference:
                sections.setdefault(use.reference.removeprefix("sect_"), ("module", use.name))
        for group in iod.functional_groups:
            functional_groups[group.name.lower()] = group.name
            if group.macro_table:
                group_tables[group.macro_table] = group.name
            if group.reference:
                label = group.reference.removeprefix("sect_")
                sections.setdefault(label, ("functional_group", group.name))
        if iod.section:
            label = iod.section.removeprefix("sect_")
            sections.setdefault(f"iod:{label.rsplit('.', 1)[0]}", ("iod", iod.name))
    for macro in standard.macros:
        if macro.section and macro.table in group_tables:
            label = macro.section.removeprefix("sect_")
            sections.setdefault(label, ("functional_group", group_tables[macro.table]))
    iods = {iod.name.lower(): iod.name for iod in standard.iods}
    sop_classes = {sop.name.lower(): sop.uid for sop in standard.sop_classes}
    uids = {sop.uid for sop in standard.sop_classes}
    transfer: dict[str, str] = {}
    for entry in standard.uids:
        if entry.type == "SOP Class":
            sop_classes.setdefault(entry.name.lower(), entry.value)
            uids.add(entry.value)
        if entry.type == "Transfer Syntax":
            transfer[entry.name.lower()] = entry.value
    return Vocabulary(
        elements=elements,
        attribute_names=names,
        modules=modules,
        functional_groups=functional_groups,
        iods=iods,
        sop_classes=sop_classes,
        sop_class_uids=frozenset(uids),
        transfer_syntaxes=transfer,
        sections=sections,
    )


def module_name(name: str) -> str:
    """``RT Fraction Scheme Module`` -> ``RT Fraction Scheme``."""
    return _strip(name, (" Module",))
