"""Item class EquipmentReferencePointCoordinatesSequenceItem.

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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EquipmentReferencePointCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquipmentReferencePointCodeSequenceItem",
    "EquipmentReferencePointCoordinatesSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class EquipmentReferencePointCoordinatesSequenceItem(DicomModel):
    """An item of Equipment Reference Point Coordinates Sequence (300A,0677), as first defined in RT Delivery Device Common Module Attributes (C.36.12-1)."""

    dicom_name: ClassVar[str] = "Equipment Reference Point Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_C.36.12-1"

    ThreeDPointCoordinates: Annotated[
        list[vr.FD], Attribute(0x00686590, "FD", "3", "1", name="3D Point Coordinates")
    ]
    """3D Point Coordinates (0068,6590): Type 1, VR FD, VM 3. Coordinates (x,y,z) in mm of the device-specific reference point in the Equipment Coordinate System."""

    EquipmentReferencePointCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A0678, "SQ", "1", "1", name="Equipment Reference Point Code Sequence"),
    ]
    """Equipment Reference Point Code Sequence (300A,0678): Type 1, VR SQ, VM 1. Identifies the type of reference point. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquipmentReferencePointCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
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
