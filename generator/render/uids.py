"""``dicomodel/uids.py``: the UIDs of PS3.6 Tables A-1 and A-2 as constants and a registry.

Each UID with a keyword becomes ``<Keyword>: Final[UID] = UID("...")`` with an
attribute docstring (name, type, Part, retired, and the IOD class of a SOP class).
A UID without keyword (2024c: two retired SOP classes named "(Retired)") gets no
constant: the standard gives it no name to spell. Every UID, named or not, is in
``UID_INFO`` (value -> ``UIDInfo``); SOP classes that PS3.4 binds to an IOD carry
the IOD's class name (:func:`generator.naming.identifiers.iod_class_name`).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.registry import SOPClass, UIDEntry
from generator.ir.standard import Standard
from generator.naming.identifiers import NamingError, iod_class_name
from generator.naming.literals import docstring, optional_string, string
from generator.render.files import RenderedFile, render

TEMPLATE = "dicomodel/uids.py.jinja2"
MODULE_NAMES = frozenset(
    {"UID", "UIDInfo", "UID_INFO", "iod_class_name", "Final", "Mapping", "MappingProxyType"}
    | {"dataclass", "annotations"}
)


@dataclass(frozen=True, slots=True)
class UIDConstant:
    """One ``Keyword: Final[UID] = UID("...")`` line and its docstring."""

    name: str
    value: str
    docstring: str


@dataclass(frozen=True, slots=True)
class UIDInfoRow:
    """One entry of ``UID_INFO``: the key literal and the ``UIDInfo(...)`` expression."""

    key: str
    expression: str


def uid_entries(standard: Standard) -> tuple[UIDEntry, ...]:
    """Table A-1 then Table A-2, in published order; a value listed twice fails."""
    entries = (*standard.uids, *standard.frames_of_reference)
    seen: dict[str, UIDEntry] = {}
    for entry in entries:
        if entry.value in seen:
            raise NamingError(f"PS3.6: UID {entry.value} is listed twice")
        seen[entry.value] = entry
    return entries


def iod_classes(sop_classes: tuple[SOPClass, ...]) -> dict[str, str]:
    """SOP class UID -> IOD class name, for the SOP classes PS3.4 binds to an IOD."""
    return {sop.uid: iod_class_name(sop.iod) for sop in sop_classes if sop.iod}


def constant_name(entry: UIDEntry) -> str | None:
    """The constant's name: the keyword as published; ``None`` without keyword."""
    if not entry.keyword:
        return None
    if not entry.keyword.isidentifier() or entry.keyword in MODULE_NAMES:
        raise NamingError(
            f"PS3.6 {entry.origin.table}: UID keyword {entry.keyword!r} ({entry.value}) "
            "is not an identifier free in dicomodel.uids"
        )
    return entry.keyword


def uid_docstring(entry: UIDEntry, iod_class: str | None) -> str:
    """``CT Image Storage (SOP Class, PS3.4). IOD class: CTImage.``"""
    text = f"{entry.name} ({entry.type}, {entry.part}"
    text += "; retired)." if entry.retired else ")."
    if iod_class:
        text += f" IOD class: {iod_class}."
    return docstring(text)


def info_expression(entry: UIDEntry, value: str, iod_class: str | None) -> str:
    """``UIDInfo(CTImageStorage, "CT Image Storage", ...)``: positional, in field order."""
    fields = (
        value,
        string(entry.name),
        string(entry.keyword),
        string(entry.type),
        string(entry.part),
        str(entry.retired),
        optional_string(iod_class),
    )
    return f"UIDInfo({', '.join(fields)})"


def render_uids(standard: Standard) -> list[RenderedFile]:
    """Render ``dicomodel/uids.py``."""
    classes = iod_classes(standard.sop_classes)
    constants: list[UIDConstant] = []
    rows: list[UIDInfoRow] = []
    names: dict[str, str] = {}
    for entry in uid_entries(standard):
        iod_class = classes.get(entry.value)
        name = constant_name(entry)
        if name is None:
            value = f"UID({string(entry.value)})"
        else:
            if name in names:
                raise NamingError(
                    f"PS3.6: UID keyword {name!r} names {names[name]} and {entry.value}"
                )
            names[name] = entry.value
            value = name
            constants.append(
                UIDConstant(name, string(entry.value), uid_docstring(entry, iod_class))
            )
        rows.append(UIDInfoRow(string(entry.value), info_expression(entry, value, iod_class)))
    unnamed = len(rows) - len(constants)
    summary = (
        "UIDs of DICOM PS3.6 Tables A-1 and A-2 (well-known frames of reference).\n\n"
        "Each UID with a keyword is a constant named by it, a ``pydicom.uid.UID``.\n"
        f"UIDs without keyword ({unnamed} in {standard.edition}) have no constant; they are\n"
        "in ``UID_INFO``, as every UID is. Retired UIDs are included and marked retired."
    )
    return [render(TEMPLATE, standard=standard, summary=summary, constants=constants, rows=rows)]
