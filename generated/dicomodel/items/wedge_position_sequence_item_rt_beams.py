"""Item class WedgePositionSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import wedge_position as _wedge_position
from dicomodel.model import Attribute, DicomModel


class WedgePositionSequenceItemRTBeams(DicomModel):
    """An item of Wedge Position Sequence (300A,0116), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Wedge Position Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    ReferencedWedgeNumber: Annotated[
        vr.IS, Attribute(0x300C00C0, "IS", "1", "1", name="Referenced Wedge Number")
    ]
    """Referenced Wedge Number (300C,00C0): Type 1, VR IS, VM 1. Uniquely references Wedge described by Wedge Number (300A,00D2) in Wedge Sequence (300A,00D1)."""

    WedgePosition: Annotated[
        _wedge_position.WedgePositionRTBeams,
        Attribute(
            0x300A0118, "CS", "1", "1", name="Wedge Position", enumerated=((0, ("IN", "OUT")),)
        ),
    ]
    """Wedge Position (300A,0118): Type 1, VR CS, VM 1. Position of Wedge at current Control Point. Enumerated Values: IN OUT"""
