"""C-Arm Photon-Electron Beam Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.c_arm_photon_electron_control_point_sequence_item import (
    CArmPhotonElectronControlPointSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class CArmPhotonElectronBeamModule(DicomModel):
    """C-Arm Photon-Electron Beam Module Attributes (PS3.3 Table C.36.15-1)."""

    dicom_name: ClassVar[str] = "C-Arm Photon-Electron Beam"
    dicom_table: ClassVar[str] = "table_C.36.15-1"

    NumberOfRTControlPoints: Annotated[
        vr.US, Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points")
    ]
    """Number of RT Control Points (300A,0604): Type 1, VR US, VM 1. Number of RT Control Points in the C-Arm Photon-Electron Control Point Sequence (300A,062F). The value shall be equal to or greater than 2."""

    CArmPhotonElectronControlPointSequence: Annotated[
        list[CArmPhotonElectronControlPointSequenceItem],
        Attribute(0x300A062F, "SQ", "1", "1", name="C-Arm Photon-Electron Control Point Sequence"),
    ]
    """C-Arm Photon-Electron Control Point Sequence (300A,062F): Type 1, VR SQ, VM 1. Control Points used to model the beam delivery. The number of Items included in this Sequence shall equal the value of Number of RT Control Points (300A,0604)."""
