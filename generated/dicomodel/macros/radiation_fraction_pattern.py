"""Radiation Fraction Pattern Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.fraction_pattern_sequence_item import FractionPatternSequenceItem
from dicomodel.model import Attribute, DicomModel


class RadiationFractionPatternMacro(DicomModel):
    """Radiation Fraction Pattern Macro Attributes (PS3.3 Table C.36.2.1.1-1)."""

    dicom_name: ClassVar[str] = "Radiation Fraction Pattern"
    dicom_table: ClassVar[str] = "table_C.36.2.1.1-1"

    FractionPatternSequence: Annotated[
        list[FractionPatternSequenceItem] | None,
        Attribute(
            0x30100079,
            "SQ",
            "1",
            "1C",
            name="Fraction Pattern Sequence",
            when=("unknown", "names no attribute: a fraction pattern has been defined"),
        ),
    ] = None
    """Fraction Pattern Sequence (3010,0079): Type 1C, VR SQ, VM 1. Required if a fraction pattern has been defined. The pattern of delivery of fractions within and across days of the week in a machine-readable form. Required if a fraction pattern has been defined. Only a single Item shall be included in this Sequence."""
