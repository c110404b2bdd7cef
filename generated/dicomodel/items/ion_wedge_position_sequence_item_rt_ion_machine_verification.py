"""Item class IonWedgePositionSequenceItemRTIonMachineVerification.

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
    "IonWedgePositionSequenceItemRTIonMachineVerification",
    "WedgePosition",
]


class IonWedgePositionSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Ion Wedge Position Sequence (300A,03AC), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Ion Wedge Position Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    WedgeThinEdgePosition: Annotated[
        vr.FL | None, Attribute(0x300A00DB, "FL", "1", None, name="Wedge Thin Edge Position")
    ] = None
    """Wedge Thin Edge Position (300A,00DB): no Type, VR FL, VM 1. Closest distance in mm from the central axis of the beam along a wedge axis to the thin edge as projected to the machine isocentric plane. Value is positive is the wedge does not cover the central axis, negative if it does."""

    WedgePosition: Annotated[
        _WedgePositionRTBeamsValue | None,
        Attribute(
            0x300A0118, "CS", "1", None, name="Wedge Position", enumerated=((0, ("IN", "OUT")),)
        ),
    ] = None
    """Wedge Position (300A,0118): no Type, VR CS, VM 1. Position of Wedge at current Control Point. Enumerated Values: IN OUT"""


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
