"""Item class TreatmentPositionGroupSequenceItemRTRadiationSet.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )

__all__ = [
    "ReferencedRTRadiationSequenceItem",
    "TreatmentPositionGroupSequenceItemRTRadiationSet",
]


class TreatmentPositionGroupSequenceItemRTRadiationSet(DicomModel):
    """An item of Treatment Position Group Sequence (300A,060A), as first defined in RT Radiation Set Module Attributes (C.36.10-1)."""

    dicom_name: ClassVar[str] = "Treatment Position Group Sequence"
    dicom_table: ClassVar[str] = "table_C.36.10-1"

    TreatmentPositionGroupUID: Annotated[
        vr.UI, Attribute(0x300A0609, "UI", "1", "1", name="Treatment Position Group UID")
    ]
    """Treatment Position Group UID (300A,0609): Type 1, VR UI, VM 1. Unique identifier of the Treatment Position Group."""

    TreatmentPositionGroupLabel: Annotated[
        vr.LO, Attribute(0x300A0608, "LO", "1", "1", name="Treatment Position Group Label")
    ]
    """Treatment Position Group Label (300A,0608): Type 1, VR LO, VM 1. User-defined label of the Treatment Position Group."""

    ReferencedRTRadiationSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0630, "SQ", "1", "1", name="Referenced RT Radiation Sequence"),
    ]
    """Referenced RT Radiation Sequence (300A,0630): Type 1, VR SQ, VM 1. RT Radiation Instances that belong to the Treatment Position Group. Each referenced Radiation Instance shall appear once and only once in the Treatment Position Group Sequence (300A,060A)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
