"""Item class CustodialOrganizationSequenceItemProtocolContext.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "CustodialOrganizationSequenceItemProtocolContext",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "MappingResourceTerm",
]


class CustodialOrganizationSequenceItemProtocolContext(DicomModel):
    """An item of Custodial Organization Sequence (0040,A07C), as first defined in Protocol Context Module Attributes (C.34.2-1)."""

    dicom_name: ClassVar[str] = "Custodial Organization Sequence"
    dicom_table: ClassVar[str] = "table_C.34.2-1"

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "2", name="Institution Name")
    ]
    """Institution Name (0008,0080): Type 2, VR LO, VM 1. Name of Custodial Institution or Organization."""

    InstitutionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080082, "SQ", "1", "2", name="Institution Code Sequence"),
    ]
    """Institution Code Sequence (0008,0082): Type 2, VR SQ, VM 1. Coded identifier of Custodial Institution or Organization. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
