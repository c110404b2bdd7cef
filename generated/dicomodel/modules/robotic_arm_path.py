"""Robotic-Arm Path Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.robotic_path_control_point_sequence_item import (
    RoboticPathControlPointSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RoboticArmPathModule(DicomModel):
    """Robotic-Arm Path Module Attributes (PS3.3 Table C.36.19-1)."""

    dicom_name: ClassVar[str] = "Robotic-Arm Path"
    dicom_table: ClassVar[str] = "table_C.36.19-1"

    RoboticPathNodeSetCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x30100091,
            "SQ",
            "1",
            "1C",
            name="Robotic Path Node Set Code Sequence",
            when=("value", 0x300A0639, 0, "in", ("NO",)),
            otherwise="may",
        ),
    ] = None
    """Robotic Path Node Set Code Sequence (3010,0091): Type 1C, VR SQ, VM 1. Required if RT Record Flag (300A,0639) is NO. May be present otherwise. Node Set from which the Robotic Nodes referenced in the Robotic Path Control Point Sequence (3010,0097) were selected. Only a single Item shall be included in this Sequence. Required if RT Record Flag (300A,0639) is NO."""

    NumberOfRTControlPoints: Annotated[
        vr.US, Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points")
    ]
    """Number of RT Control Points (300A,0604): Type 1, VR US, VM 1. Number of RT Control Points in the Robotic Path Control Point Sequence (3010,0097). The value shall be greater than or equal to 2."""

    RoboticPathControlPointSequence: Annotated[
        list[RoboticPathControlPointSequenceItem],
        Attribute(0x30100097, "SQ", "1", "1", name="Robotic Path Control Point Sequence"),
    ]
    """Robotic Path Control Point Sequence (3010,0097): Type 1, VR SQ, VM 1. Control Points for the radiation delivery. The number of Items included in this Sequence shall equal the value of Number of RT Control Points (300A,0604)."""
