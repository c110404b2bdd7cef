"""Item class ConventionalMachineVerificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.conventional_control_point_verification_sequence_item import (
    ConventionalControlPointVerificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ConventionalMachineVerificationSequenceItem(DicomModel):
    """An item of Conventional Machine Verification Sequence (0074,1044), as first defined in RT Conventional Machine Verification Module Attributes (C.31-2)."""

    dicom_name: ClassVar[str] = "Conventional Machine Verification Sequence"
    dicom_table: ClassVar[str] = "table_C.31-2"

    ConventionalControlPointVerificationSequence: Annotated[
        list[ConventionalControlPointVerificationSequenceItem] | None,
        Attribute(
            0x0074104C, "SQ", "1", "3", name="Conventional Control Point Verification Sequence"
        ),
    ] = None
    """Conventional Control Point Verification Sequence (0074,104C): Type -, VR SQ, VM 1. Beam control points for current treatment beam. Only a single Item shall be included in this Sequence."""
