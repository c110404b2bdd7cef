"""Item class RecordedWedgeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.wedge_type import WedgeTypeTerm as _WedgeTypeTerm
else:
    from dicomodel.lazy import Lazy

    _WedgeTypeTerm = Lazy("dicomodel.enums.wedge_type", "WedgeTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.wedge_type import WedgeTypeTerm as WedgeTypeTerm

__all__ = [
    "RecordedWedgeSequenceItem",
    "WedgeTypeTerm",
]


class RecordedWedgeSequenceItem(DicomModel):
    """An item of Recorded Wedge Sequence (3008,00B0), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Recorded Wedge Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    WedgeNumber: Annotated[
        vr.IS | None, Attribute(0x300A00D2, "IS", "1", "3", name="Wedge Number")
    ] = None
    """Wedge Number (300A,00D2): Type 3, VR IS, VM 1. Identification number of the Wedge. The value of Wedge Number (300A,00D2) shall be unique within the wedge Sequence."""

    WedgeType: Annotated[
        _WedgeTypeTerm | vr.CS | None, Attribute(0x300A00D3, "CS", "1", "2", name="Wedge Type")
    ]
    """Wedge Type (300A,00D3): Type 2, VR CS, VM 1. Type of wedge defined for delivered Beam. Defined Terms: STANDARD standard (static) wedge DYNAMIC moving Beam Limiting Device (collimator) jaw simulating wedge MOTORIZED single wedge that can be removed from beam remotely"""

    WedgeID: Annotated[vr.SH | None, Attribute(0x300A00D4, "SH", "1", "3", name="Wedge ID")] = None
    """Wedge ID (300A,00D4): Type 3, VR SH, VM 1. User-supplied identifier for wedge."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""

    WedgeAngle: Annotated[
        vr.IS | None, Attribute(0x300A00D5, "IS", "1", "3", name="Wedge Angle")
    ] = None
    """Wedge Angle (300A,00D5): Type 3, VR IS, VM 1. Nominal wedge angle delivered (degrees)."""

    WedgeOrientation: Annotated[
        vr.DS | None, Attribute(0x300A00D8, "DS", "1", "3", name="Wedge Orientation")
    ] = None
    """Wedge Orientation (300A,00D8): Type 3, VR DS, VM 1. Orientation of wedge, i.e., orientation of IEC WEDGE FILTER coordinate system with respect to IEC BEAM LIMITING DEVICE coordinate system (degrees)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WedgeTypeTerm": ("dicomodel.enums.wedge_type", "WedgeTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
