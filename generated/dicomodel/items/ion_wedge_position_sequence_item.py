"""Item class IonWedgePositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.wedge_position import (
        WedgePositionRTBeamsValue as _WedgePositionRTBeamsValue,
    )
else:
    from dicomodel.lazy import Lazy

    _WedgePositionRTBeamsValue = Lazy("dicomodel.enums.wedge_position", "WedgePositionRTBeamsValue")

if TYPE_CHECKING:
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition

__all__ = [
    "IonWedgePositionSequenceItem",
    "WedgePosition",
]


class IonWedgePositionSequenceItem(DicomModel):
    """An item of Ion Wedge Position Sequence (300A,03AC), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Ion Wedge Position Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    ReferencedWedgeNumber: Annotated[
        vr.IS, Attribute(0x300C00C0, "IS", "1", "1", name="Referenced Wedge Number")
    ]
    """Referenced Wedge Number (300C,00C0): Type 1, VR IS, VM 1. Uniquely references Wedge described by Wedge Number (300A,00D2) in Wedge Sequence (300A,00D1)."""

    WedgePosition: Annotated[
        _WedgePositionRTBeamsValue,
        Attribute(
            0x300A0118, "CS", "1", "1", name="Wedge Position", enumerated=((0, ("IN", "OUT")),)
        ),
    ]
    """Wedge Position (300A,0118): Type 1, VR CS, VM 1. Position of Wedge at current Control Point. Enumerated Values: IN OUT"""

    WedgeThinEdgePosition: Annotated[
        vr.FL | None,
        Attribute(
            0x300A00DB,
            "FL",
            "1",
            "1C",
            name="Wedge Thin Edge Position",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Wedge Thin Edge Position (300A,00DB): Type 1C, VR FL, VM 1. Required if Wedge Type (300A,00D3) of the wedge referenced by Referenced Wedge Number (300C,00C0) is PARTIAL_STANDARD or PARTIAL_MOTORIZ. Closest distance from the central axis of the beam along a wedge axis to the thin edge as projected to the machine isocentric plane (mm). Value is positive is the wedge does not cover the central axis, negative if it does."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePositionRTBeams"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
