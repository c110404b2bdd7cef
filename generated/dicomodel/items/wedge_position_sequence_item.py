"""Item class WedgePositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.wedge_position import WedgePositionValue as _WedgePositionValue
else:
    from dicomodel.lazy import Lazy

    _WedgePositionValue = Lazy("dicomodel.enums.wedge_position", "WedgePositionValue")

if TYPE_CHECKING:
    from dicomodel.enums.wedge_position import WedgePosition as WedgePosition

__all__ = [
    "WedgePosition",
    "WedgePositionSequenceItem",
]


class WedgePositionSequenceItem(DicomModel):
    """An item of Wedge Position Sequence (300A,0116), as first defined in Wedge Positions Macro Attributes (C.36.2.2.11-1)."""

    dicom_name: ClassVar[str] = "Wedge Position Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.11-1"

    ReferencedDeviceIndex: Annotated[
        vr.US, Attribute(0x300A0607, "US", "1", "1", name="Referenced Device Index")
    ]
    """Referenced Device Index (300A,0607): Type 1, VR US, VM 1. The value of Device Index (3010,0039) in Wedge Definition Sequence (300A,0651) for the Wedge being used."""

    WedgePosition: Annotated[
        _WedgePositionValue,
        Attribute(
            0x300A0118,
            "CS",
            "1",
            "1",
            name="Wedge Position",
            enumerated=((0, ("IN", "OUT", "PARTIAL")),),
        ),
    ]
    """Wedge Position (300A,0118): Type 1, VR CS, VM 1. Position of Wedge at current Control Point. Enumerated Values: IN The compensator surface shape is directed towards the patient. OUT The wedge is in fully retracted position. PARTIAL The wedge is inserted only part of the way."""

    RadiationBeamWedgeThinEdgeDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0653,
            "FD",
            "1",
            "1C",
            name="Radiation Beam Wedge Thin Edge Distance",
            when=("value", 0x300A0118, 0, "in", ("PARTIAL",)),
        ),
    ] = None
    """Radiation Beam Wedge Thin Edge Distance (300A,0653): Type 1C, VR FD, VM 1. Required if Wedge Position (300A,0118) is PARTIAL. Closest distance in mm from the central axis of the beam along the wedge angle direction to the thin edge as projected on the Beam Modifier Definition Plane defined by the RT Beam Modifier Definition Distance (300A,0688)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePosition"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
