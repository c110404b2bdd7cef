"""Item class CustodialOrganizationSequenceItem.

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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ResponsibleGroupCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "CustodialOrganizationSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "MappingResourceTerm",
    "ResponsibleGroupCodeSequenceItem",
]


class CustodialOrganizationSequenceItem(DicomModel):
    """An item of Custodial Organization Sequence (0040,A07C), as first defined in SR Document General Module Attributes (C.17-2)."""

    dicom_name: ClassVar[str] = "Custodial Organization Sequence"
    dicom_table: ClassVar[str] = "table_C.17-2"

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "2", name="Institution Name")
    ]
    """Institution Name (0008,0080): Type 2, VR LO, VM 1. Name of Custodial Institution or Organization."""

    InstitutionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080082, "SQ", "1", "2", name="Institution Code Sequence"),
    ]
    """Institution Code Sequence (0008,0082): Type 2, VR SQ, VM 1. Coded identifier of Custodial Institution or Organization. Zero or one Item shall be included in this Sequence."""

    ResponsibleGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080220, "SQ", "1", "3", name="Responsible Group Code Sequence"),
    ] = None
    """Responsible Group Code Sequence (0008,0220): Type 3, VR SQ, VM 1. The department, unit or service that is responsible for the management of this Instance. See Section C.34.2.3. Only a single Item is permitted in this Sequence."""


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
    "ResponsibleGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
