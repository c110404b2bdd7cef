"""Item class RecordedWedgeSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.wedge_type import WedgeTypeTermRTIonBeams as _WedgeTypeTermRTIonBeams
else:
    from dicomodel.lazy import Lazy

    _WedgeTypeTermRTIonBeams = Lazy("dicomodel.enums.wedge_type", "WedgeTypeTermRTIonBeams")

if TYPE_CHECKING:
    from dicomodel.enums.wedge_type import WedgeTypeTermRTIonBeams as WedgeTypeTerm

__all__ = [
    "RecordedWedgeSequenceItemRTIonBeamsSessionRecord",
    "WedgeTypeTerm",
]


class RecordedWedgeSequenceItemRTIonBeamsSessionRecord(DicomModel):
    """An item of Recorded Wedge Sequence (3008,00B0), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Recorded Wedge Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    WedgeNumber: Annotated[vr.IS, Attribute(0x300A00D2, "IS", "1", "1", name="Wedge Number")]
    """Wedge Number (300A,00D2): Type 1, VR IS, VM 1. Identification number of the Wedges. The value of Wedge Number (300A,00D2) shall be unique within the Beam in which it was created."""

    WedgeType: Annotated[
        _WedgeTypeTermRTIonBeams | vr.CS | None,
        Attribute(0x300A00D3, "CS", "1", "2", name="Wedge Type"),
    ]
    """Wedge Type (300A,00D3): Type 2, VR CS, VM 1. Type of wedge (if any) defined for Beam. Defined Terms: STANDARD standard (static) wedge MOTORIZED single wedge that can be removed from beam remotely. PARTIAL_STANDARD wedge does not extend across the whole field and is operated manually."""

    WedgeID: Annotated[vr.SH | None, Attribute(0x300A00D4, "SH", "1", "3", name="Wedge ID")] = None
    """Wedge ID (300A,00D4): Type 3, VR SH, VM 1. User-supplied identifier for Wedge."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    WedgeAngle: Annotated[vr.IS | None, Attribute(0x300A00D5, "IS", "1", "2", name="Wedge Angle")]
    """Wedge Angle (300A,00D5): Type 2, VR IS, VM 1. Nominal wedge angle (degrees)."""

    WedgeOrientation: Annotated[
        vr.DS | None, Attribute(0x300A00D8, "DS", "1", "2", name="Wedge Orientation")
    ]
    """Wedge Orientation (300A,00D8): Type 2, VR DS, VM 1. Orientation of wedge, i.e., orientation of IEC WEDGE FILTER coordinate system with respect to the IEC BEAM LIMITING DEVICE coordinate systems (degrees)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WedgeTypeTerm": ("dicomodel.enums.wedge_type", "WedgeTypeTermRTIonBeams"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
