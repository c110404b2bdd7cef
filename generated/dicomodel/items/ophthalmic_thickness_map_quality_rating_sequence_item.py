"""Item class OphthalmicThicknessMapQualityRatingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ophthalmic_thickness_map_quality_threshold_sequence_item import (
    OphthalmicThicknessMapQualityThresholdSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicThicknessMapQualityRatingSequenceItem(DicomModel):
    """An item of Ophthalmic Thickness Map Quality Rating Sequence (0022,1470), as first defined in Ophthalmic Thickness Map Quality Rating Module Attributes (C.8.28.3-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Thickness Map Quality Rating Sequence"
    dicom_table: ClassVar[str] = "table_C.8.28.3-1"

    ConceptNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. Coded concept name of this name-value Item. Only a single Item shall be included in this Sequence."""

    NumericValue: Annotated[
        list[vr.DS], Attribute(0x0040A30A, "DS", "1-n", "1", name="Numeric Value")
    ]
    """Numeric Value (0040,A30A): Type 1, VR DS, VM 1-n. Numeric value for this name-value Item."""

    MeasurementUnitsCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of Numeric Value (0040,A30A) in this name-value Item. Only a single Item shall be included in this Sequence."""

    OphthalmicThicknessMapQualityThresholdSequence: Annotated[
        list[OphthalmicThicknessMapQualityThresholdSequenceItem],
        Attribute(
            0x00221458, "SQ", "1", "1", name="Ophthalmic Thickness Map Quality Threshold Sequence"
        ),
    ]
    """Ophthalmic Thickness Map Quality Threshold Sequence (0022,1458): Type 1, VR SQ, VM 1. Quality threshold value and software algorithm used to provide the ophthalmic thickness map quality rating for this SOP Instance. Only a single Item shall be included in this Sequence."""
