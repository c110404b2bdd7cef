"""Item class WedgeSequenceItem.

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
    "WedgeSequenceItem",
    "WedgeTypeTerm",
]


class WedgeSequenceItem(DicomModel):
    """An item of Wedge Sequence (300A,00D1), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Wedge Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    WedgeNumber: Annotated[vr.IS, Attribute(0x300A00D2, "IS", "1", "1", name="Wedge Number")]
    """Wedge Number (300A,00D2): Type 1, VR IS, VM 1. Identification number of the Wedge. The value of Wedge Number (300A,00D2) shall be unique within the Beam in which it is created."""

    WedgeType: Annotated[
        _WedgeTypeTerm | vr.CS | None, Attribute(0x300A00D3, "CS", "1", "2", name="Wedge Type")
    ]
    """Wedge Type (300A,00D3): Type 2, VR CS, VM 1. Type of wedge (if any) defined for Beam. Defined Terms: STANDARD standard (static) wedge DYNAMIC moving beam limiting device (collimator) jaw simulating wedge MOTORIZED single wedge that can be removed from beam remotely"""

    WedgeID: Annotated[vr.SH | None, Attribute(0x300A00D4, "SH", "1", "3", name="Wedge ID")] = None
    """Wedge ID (300A,00D4): Type 3, VR SH, VM 1. User-supplied identifier for Wedge."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""

    WedgeAngle: Annotated[vr.IS | None, Attribute(0x300A00D5, "IS", "1", "2", name="Wedge Angle")]
    """Wedge Angle (300A,00D5): Type 2, VR IS, VM 1. Nominal wedge angle (degrees)."""

    WedgeFactor: Annotated[vr.DS | None, Attribute(0x300A00D6, "DS", "1", "2", name="Wedge Factor")]
    """Wedge Factor (300A,00D6): Type 2, VR DS, VM 1. Nominal wedge factor under machine calibration conditions at the beam energy specified by the Nominal Beam Energy (300A,0114) of the first Control Point of the Control Point Sequence (300A,0111)."""

    WedgeOrientation: Annotated[
        vr.DS | None, Attribute(0x300A00D8, "DS", "1", "2", name="Wedge Orientation")
    ]
    """Wedge Orientation (300A,00D8): Type 2, VR DS, VM 1. Orientation of wedge, i.e., orientation of IEC WEDGE FILTER coordinate system with respect to IEC BEAM LIMITING DEVICE coordinate system (degrees)."""

    SourceToWedgeTrayDistance: Annotated[
        vr.DS | None, Attribute(0x300A00DA, "DS", "1", "3", name="Source to Wedge Tray Distance")
    ] = None
    """Source to Wedge Tray Distance (300A,00DA): Type 3, VR DS, VM 1. Radiation source to wedge tray attachment edge distance (in mm) for current wedge."""

    EffectiveWedgeAngle: Annotated[
        vr.DS | None, Attribute(0x300A00DE, "DS", "1", "3", name="Effective Wedge Angle")
    ] = None
    """Effective Wedge Angle (300A,00DE): Type 3, VR DS, VM 1. Effective wedge angle (degrees). See Section C.8.8.14.14."""


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
