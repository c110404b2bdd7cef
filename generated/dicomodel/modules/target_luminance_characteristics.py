"""Target Luminance Characteristics Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.target_luminance_characteristics_sequence_item import (
    TargetLuminanceCharacteristicsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class TargetLuminanceCharacteristicsModule(DicomModel):
    """Target Luminance Characteristics Module Attributes (PS3.3 Table C.32.2-1)."""

    dicom_name: ClassVar[str] = "Target Luminance Characteristics"
    dicom_table: ClassVar[str] = "table_C.32.2-1"

    TargetLuminanceCharacteristicsSequence: Annotated[
        list[TargetLuminanceCharacteristicsSequenceItem] | None,
        Attribute(0x00287008, "SQ", "1", "3", name="Target Luminance Characteristics Sequence"),
    ] = None
    """Target Luminance Characteristics Sequence (0028,7008): Type -, VR SQ, VM 1. Target luminance characteristics to which the Display Subsystem can be calibrated. One or more Items shall be included in this Sequence."""
