"""Item class WedgePositionSequenceItemRTConventionalMachineVerification.

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
    "WedgePosition",
    "WedgePositionSequenceItemRTConventionalMachineVerification",
]


class WedgePositionSequenceItemRTConventionalMachineVerification(DicomModel):
    """An item of Wedge Position Sequence (300A,0116), as first defined in RT Conventional Machine Verification Module Attributes (C.31-2)."""

    dicom_name: ClassVar[str] = "Wedge Position Sequence"
    dicom_table: ClassVar[str] = "table_C.31-2"

    WedgePosition: Annotated[
        _WedgePositionRTBeamsValue | None,
        Attribute(
            0x300A0118, "CS", "1", None, name="Wedge Position", enumerated=((0, ("IN", "OUT")),)
        ),
    ] = None
    """Wedge Position (300A,0118): no Type, VR CS, VM 1. Position of Wedge at current Control Point. Enumerated Values: IN OUT"""

    ReferencedWedgeNumber: Annotated[
        vr.IS | None, Attribute(0x300C00C0, "IS", "1", None, name="Referenced Wedge Number")
    ] = None
    """Referenced Wedge Number (300C,00C0): no Type, VR IS, VM 1. Uniquely references Wedge described by Wedge Number (300A,00D2) in Wedge Sequence (300A,00D1)."""


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
