"""Item class WedgePositionSequenceItemRTConventionalMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import wedge_position as _wedge_position
from dicomodel.model import Attribute, DicomModel


class WedgePositionSequenceItemRTConventionalMachineVerification(DicomModel):
    """An item of Wedge Position Sequence (300A,0116), as first defined in RT Conventional Machine Verification Module Attributes (C.31-2)."""

    dicom_name: ClassVar[str] = "Wedge Position Sequence"
    dicom_table: ClassVar[str] = "table_C.31-2"

    WedgePosition: Annotated[
        _wedge_position.WedgePositionRTBeams | None,
        Attribute(
            0x300A0118, "CS", "1", "3", name="Wedge Position", enumerated=((0, ("IN", "OUT")),)
        ),
    ] = None
    """Wedge Position (300A,0118): Type -, VR CS, VM 1. Position of Wedge at current Control Point. Enumerated Values: IN OUT"""

    ReferencedWedgeNumber: Annotated[
        vr.IS | None, Attribute(0x300C00C0, "IS", "1", "3", name="Referenced Wedge Number")
    ] = None
    """Referenced Wedge Number (300C,00C0): Type -, VR IS, VM 1. Uniquely references Wedge described by Wedge Number (300A,00D2) in Wedge Sequence (300A,00D1)."""
