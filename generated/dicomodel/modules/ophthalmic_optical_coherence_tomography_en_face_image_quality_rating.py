"""Ophthalmic Optical Coherence Tomography En Face Image Quality Rating Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item import (
    OphthalmicEnFaceImageQualityRatingSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule(DicomModel):
    """Ophthalmic Optical Coherence Tomography En Face Image Quality Rating Module Attributes (PS3.3 Table C.8.17.15-1)."""

    dicom_name: ClassVar[str] = (
        "Ophthalmic Optical Coherence Tomography En Face Image Quality Rating"
    )
    dicom_table: ClassVar[str] = "table_C.8.17.15-1"

    OphthalmicEnFaceImageQualityRatingSequence: Annotated[
        list[OphthalmicEnFaceImageQualityRatingSequenceItem],
        Attribute(
            0x00221628, "SQ", "1", "1", name="Ophthalmic En Face Image Quality Rating Sequence"
        ),
    ]
    """Ophthalmic En Face Image Quality Rating Sequence (0022,1628): Type 1, VR SQ, VM 1. Evaluation of the quality of the en face image. Only a single Item shall be included in this Sequence."""
