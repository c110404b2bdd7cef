"""Item class PatientLocationCoordinatesSequenceItem.

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
        CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
]


class PatientLocationCoordinatesSequenceItem(DicomModel):
    """An item of Patient Location Coordinates Sequence (3006,00C9), as first defined in Patient to Equipment Relationship Macro Attributes (10.39-1)."""

    dicom_name: ClassVar[str] = "Patient Location Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_10.39-1"

    ThreeDPointCoordinates: Annotated[
        list[vr.FD], Attribute(0x00686590, "FD", "3", "1", name="3D Point Coordinates")
    ]
    """3D Point Coordinates (0068,6590): Type 1, VR FD, VM 3. Coordinate (x,y,z) in mm describing the location in the patient Frame of Reference that will be transformed to the Equipment Frame of Reference by using the Image to Equipment Mapping Matrix (0028,9520)."""

    PatientLocationCoordinatesCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300600CA, "SQ", "1", "1", name="Patient Location Coordinates Code Sequence"),
    ]
    """Patient Location Coordinates Code Sequence (3006,00CA): Type 1, VR SQ, VM 1. Identifies the type of Patient Location Coordinate. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientLocationCoordinatesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
