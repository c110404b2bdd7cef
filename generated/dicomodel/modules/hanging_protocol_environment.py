"""Hanging Protocol Environment Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.nominal_screen_definition_sequence_item import (
    NominalScreenDefinitionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class HangingProtocolEnvironmentModule(DicomModel):
    """Hanging Protocol Environment Module Attributes (PS3.3 Table C.23.2-1)."""

    dicom_name: ClassVar[str] = "Hanging Protocol Environment"
    dicom_table: ClassVar[str] = "table_C.23.2-1"

    NumberOfScreens: Annotated[
        vr.US | None, Attribute(0x00720100, "US", "1", "2", name="Number of Screens")
    ]
    """Number of Screens (0072,0100): Type 2, VR US, VM 1. Positive integer indicating the number of screens for which this Hanging Protocol is intended."""

    NominalScreenDefinitionSequence: Annotated[
        list[NominalScreenDefinitionSequenceItem] | None,
        Attribute(0x00720102, "SQ", "1", "2", name="Nominal Screen Definition Sequence"),
    ]
    """Nominal Screen Definition Sequence (0072,0102): Type 2, VR SQ, VM 1. Sequence that describes the set of screens for which this Hanging Protocol is intended. Zero or more Items shall be included in this Sequence."""
