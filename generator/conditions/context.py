"""What a condition may name: attributes, modules, macros, IODs, SOP classes, sections.

:class:`Vocabulary` is built once per build from the IR (:func:`vocabulary`);
:class:`Where` says which row a condition belongs to (its table and tag path), so
"this Item" and "the first Item of X Sequence" can be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.ir.modules import AttributeUse
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
    iod_families: dict[str, tuple[str, ...]] = field(default_factory=dict)
    module_paths: dict[str, dict[int, tuple[int, ...]]] = field(default_factory=dict)
    group_paths: dict[str, dict[int, tuple[int, ...]]] = field(default_factory=dict)

    def path_in_module(self, module: str, tag: int) -> tuple[int, ...] | None:
        """Where ``tag`` stands in module ``module`` (outer sequences first), if it does."""
        return self.module_paths.get(module, {}).get(tag)

    def frame_paths(self, tag: int, group: str | None = None) -> tuple[tuple[int, ...], ...]:
        """The paths of ``tag`` from the shared and the per-frame functional groups
        sequences, through functional group ``group`` (any group when ``None``)."""
        inner = {
            path
            for name, tags in self.group_paths.items()
            if group is None or name == group
            for found, path in tags.items()
            if found == tag
        }
        return tuple(
            (outer, *path)
            for outer in (SHARED_FUNCTIONAL_GROUPS, PER_FRAME_FUNCTIONAL_GROUPS)
            for path in sorted(inner)
        )

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


SHARED_FUNCTIONAL_GROUPS = 0x52009229
PER_FRAME_FUNCTIONAL_GROUPS = 0x52009230
IMAGE_PIXEL_MODULE = "Image Pixel"
PRESENTATION_STATE = " Presentation State"


def _paths(
    attributes: Iterable[AttributeUse], parents: tuple[int, ...] = ()
) -> dict[int, tuple[int, ...]]:
    """Every tag of a table at any depth, with the shortest path to it."""
    found: dict[int, tuple[int, ...]] = {}
    for attribute in attributes:
        number = tag_number(attribute.tag)
        if number is None:
            continue
        path = (*parents, number)
        if number not in found or len(path) < len(found[number]):
            found[number] = path
        for tag, inner in _paths(attribute.children, path).items():
            if tag not in found or len(inner) < len(found[tag]):
                found[tag] = inner
    return found


def _iod_families(standard: Standard) -> dict[str, tuple[str, ...]]:
    """ "Image IOD" and "Presentation State IOD" as the IODs of the build that are such.

    An Image IOD is one whose module table includes the Image Pixel Module (PS3.3
    C.7.6.3, the pixel data of an image); a Presentation State IOD one whose name ends
    so (PS3.3 A.33 Softcopy Presentation State IODs, A.80 Volumetric Presentation State
    IODs).
    """
    images = tuple(
        iod.name
        for iod in standard.iods
        if any(use.name == IMAGE_PIXEL_MODULE for use in iod.modules)
    )
    states = tuple(iod.name for iod in standard.iods if iod.name.endswith(PRESENTATION_STATE))
    return {"image": images, "presentation state": states}


def _group_paths(standard: Standard) -> dict[str, dict[int, tuple[int, ...]]]:
    """Functional group name -> tag -> its path in the macro (the group's sequence first)."""
    tables = {macro.table: macro for macro in standard.macros}
    found: dict[str, dict[int, tuple[int, ...]]] = {}
    for iod in standard.iods:
        for group in iod.functional_groups:
            macro = tables.get(group.macro_table or "")
            if macro is not None and group.name not in found:
                found[group.name] = {
                    tag: path for tag, path in _paths(macro.attributes).items() if len(path) > 1
                }
    return found


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
    module_paths = {module.name: _paths(module.attributes) for module in standard.modules}
    return Vocabulary(
        iod_families=_iod_families(standard),
        module_paths=module_paths,
        group_paths=_group_paths(standard),
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
