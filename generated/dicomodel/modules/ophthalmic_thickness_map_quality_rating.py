"""Ophthalmic Thickness Map Quality Rating Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item import (
    OphthalmicThicknessMapQualityRatingSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicThicknessMapQualityRatingModule(DicomModel):
    """Ophthalmic Thickness Map Quality Rating Module Attributes (PS3.3 Table C.8.28.3-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Thickness Map Quality Rating"
    dicom_table: ClassVar[str] = "table_C.8.28.3-1"

    OphthalmicThicknessMapQualityRatingSequence: Annotated[
        list[OphthalmicThicknessMapQualityRatingSequenceItem],
        Attribute(
            0x00221470, "SQ", "1", "1", name="Ophthalmic Thickness Map Quality Rating Sequence"
        ),
    ]
    """Ophthalmic Thickness Map Quality Rating Sequence (0022,1470): Type 1, VR SQ, VM 1. Type of metric and metric value used to evaluate the quality of the ophthalmic mapping for grading and diagnostic purposes for this SOP Instance. Only a single Item shall be included in this Sequence."""
