"""Item class IonWedgePositionSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import wedge_position as _wedge_position
from dicomodel.model import Attribute, DicomModel


class IonWedgePositionSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Ion Wedge Position Sequence (300A,03AC), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Ion Wedge Position Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    WedgeThinEdgePosition: Annotated[
        vr.FL | None, Attribute(0x300A00DB, "FL", "1", "3", name="Wedge Thin Edge Position")
    ] = None
    """Wedge Thin Edge Position (300A,00DB): Type -, VR FL, VM 1. Closest distance in mm from the central axis of the beam along a wedge axis to the thin edge as projected to the machine isocentric plane. Value is positive is the wedge does not cover the central axis, negative if it does."""

    WedgePosition: Annotated[
        _wedge_position.WedgePositionRTBeams | None,
        Attribute(
            0x300A0118, "CS", "1", "3", name="Wedge Position", enumerated=((0, ("IN", "OUT")),)
        ),
    ] = None
    """Wedge Position (300A,0118): Type -, VR CS, VM 1. Position of Wedge at current Control Point. Enumerated Values: IN OUT"""
