"""Photoacoustic Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.sound_speed_correction_mechanism_code_sequence_item import (
    SoundSpeedCorrectionMechanismCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PhotoacousticReconstructionModule(DicomModel):
    """Photoacoustic Reconstruction Module Attributes (PS3.3 Table C.8.34.4-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8.34.4-1"

    SoundSpeedCorrectionMechanismCodeSequence: Annotated[
        list[SoundSpeedCorrectionMechanismCodeSequenceItem],
        Attribute(
            0x00189832, "SQ", "1", "1", name="Sound Speed Correction Mechanism Code Sequence"
        ),
    ]
    """Sound Speed Correction Mechanism Code Sequence (0018,9832): Type 1, VR SQ, VM 1. Mechanism used to correct for the speed of sound during image reconstruction due to differences in tissue composition. Only a single Item shall be included in this Sequence."""
