"""Ophthalmic Axial Length Quality Metric Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicAxialLengthQualityMetricMacro(DicomModel):
    """Ophthalmic Axial Length Quality Metric Macro Attributes (PS3.3 Table C.8.25.14-6)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Length Quality Metric"
    dicom_table: ClassVar[str] = "table_C.8.25.14-6"

    ConceptNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. Type of metric used to evaluate the quality of the ophthalmic axial length. Only a single Item shall be included in this Sequence."""

    NumericValue: Annotated[
        list[vr.DS], Attribute(0x0040A30A, "DS", "1-n", "1", name="Numeric Value")
    ]
    """Numeric Value (0040,A30A): Type 1, VR DS, VM 1-n. Value for quality metric applied to axial length values."""

    MeasurementUnitsCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of Numeric Value (0040,A30A). Only a single Item shall be included in this Sequence."""
