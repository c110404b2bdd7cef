"""Item class BrachyControlPointSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.brachy_referenced_dose_reference_sequence_item import (
        BrachyReferencedDoseReferenceSequenceItem as _BrachyReferencedDoseReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BrachyReferencedDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.brachy_referenced_dose_reference_sequence_item",
        "BrachyReferencedDoseReferenceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.brachy_referenced_dose_reference_sequence_item import (
        BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
    )

__all__ = [
    "BrachyControlPointSequenceItem",
    "BrachyReferencedDoseReferenceSequenceItem",
]


class BrachyControlPointSequenceItem(DicomModel):
    """An item of Brachy Control Point Sequence (300A,02D0), as first defined in RT Brachy Application Setups Module Attributes (C.8-51)."""

    dicom_name: ClassVar[str] = "Brachy Control Point Sequence"
    dicom_table: ClassVar[str] = "table_C.8-51"

    ControlPointIndex: Annotated[
        vr.IS, Attribute(0x300A0112, "IS", "1", "1", name="Control Point Index")
    ]
    """Control Point Index (300A,0112): Type 1, VR IS, VM 1. Index of current Control Point, starting at 0 for first Control Point."""

    CumulativeTimeWeight: Annotated[
        vr.DS | None, Attribute(0x300A02D6, "DS", "1", "2", name="Cumulative Time Weight")
    ]
    """Cumulative Time Weight (300A,02D6): Type 2, VR DS, VM 1. Cumulative time weight to current Control Point (where the weighting is proportional to time values delivered). Cumulative Time Weight for first Item in Brachy Control Point Sequence (300A,02D0) is always zero."""

    ControlPointRelativePosition: Annotated[
        vr.DS, Attribute(0x300A02D2, "DS", "1", "1", name="Control Point Relative Position")
    ]
    """Control Point Relative Position (300A,02D2): Type 1, VR DS, VM 1. Distance between current Control Point Position and the center of the distal-most possible Source position in current Channel (mm). See Section C.8.8.15.9."""

    ControlPoint3DPosition: Annotated[
        list[vr.DS] | None, Attribute(0x300A02D4, "DS", "3", "3", name="Control Point 3D Position")
    ] = None
    """Control Point 3D Position (300A,02D4): Type 3, VR DS, VM 3. Coordinates (x, y, z) of Control Point in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). See Section C.8.8.15.10."""

    ControlPointOrientation: Annotated[
        list[vr.FL] | None, Attribute(0x300A0412, "FL", "3", "3", name="Control Point Orientation")
    ] = None
    """Control Point Orientation (300A,0412): Type 3, VR FL, VM 3. (x,y,z) component of the direction vector of the brachy source or seed at the Control Point 3D Position (300A,02D4). See Section C.8.8.15.14."""

    BrachyReferencedDoseReferenceSequence: Annotated[
        list[_BrachyReferencedDoseReferenceSequenceItem] | None,
        Attribute(0x300C0055, "SQ", "1", "3", name="Brachy Referenced Dose Reference Sequence"),
    ] = None
    """Brachy Referenced Dose Reference Sequence (300C,0055): Type 3, VR SQ, VM 1. A Sequence of Dose References for current Channel. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BrachyReferencedDoseReferenceSequenceItem": (
        "dicomodel.items.brachy_referenced_dose_reference_sequence_item",
        "BrachyReferencedDoseReferenceSequenceItem",
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
