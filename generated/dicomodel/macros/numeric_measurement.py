"""Numeric Measurement Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.measured_value_sequence_item_numeric_measurement import (
    MeasuredValueSequenceItemNumericMeasurement,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class NumericMeasurementMacro(DicomModel):
    """Numeric Measurement Macro Attributes (PS3.3 Table C.18.1-1)."""

    dicom_name: ClassVar[str] = "Numeric Measurement"
    dicom_table: ClassVar[str] = "table_C.18.1-1"

    MeasuredValueSequence: Annotated[
        list[MeasuredValueSequenceItemNumericMeasurement] | None,
        Attribute(0x0040A300, "SQ", "1", "2", name="Measured Value Sequence"),
    ]
    """Measured Value Sequence (0040,A300): Type 2, VR SQ, VM 1. This is the value of the Content Item. Shall consist of a Sequence of Items conveying the measured value(s), which represent integers or real numbers and units of measurement. Zero or one Item shall be included in this Sequence."""

    NumericValueQualifierCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x0040A301,
            "SQ",
            "1",
            "1C",
            name="Numeric Value Qualifier Code Sequence",
            when=("and", ("present", 0x0040A300), ("not", ("has_value", 0x0040A300))),
        ),
    ] = None
    """Numeric Value Qualifier Code Sequence (0040,A301): Type 1C, VR SQ, VM 1. Required if Measured Value Sequence (0040,A300) is empty. Qualification of Numeric Value (0040,A30A) in Measured Value Sequence (0040,A300), or reason for absence of Measured Value Sequence (0040,A300) Item. Only a single Item is permitted in this Sequence."""
