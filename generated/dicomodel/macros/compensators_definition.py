"""Compensators Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.compensator_definition_sequence_item import CompensatorDefinitionSequenceItem
from dicomodel.model import Attribute, DicomModel


class CompensatorsDefinitionMacro(DicomModel):
    """Compensators Definition Macro Attributes (PS3.3 Table C.36.2.2.12-1)."""

    dicom_name: ClassVar[str] = "Compensators Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.12-1"

    NumberOfCompensators: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00E0,
            "IS",
            "1",
            "1C",
            name="Number of Compensators",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Compensators (300A,00E0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of Compensators defined in the Compensator Definition Sequence (300A,0662). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    CompensatorDefinitionSequence: Annotated[
        list[CompensatorDefinitionSequenceItem] | None,
        Attribute(
            0x300A0662,
            "SQ",
            "1",
            "1C",
            name="Compensator Definition Sequence",
            when=("and", ("present", 0x300A00E0), ("compare", 0x300A00E0, 1, "!=", 0)),
        ),
    ] = None
    """Compensator Definition Sequence (300A,0662): Type 1C, VR SQ, VM 1. Required if Number of Compensators (300A,00E0) is present and has a non-zero value. Treatment compensator definitions. Required if Number of Compensators (300A,00E0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Compensators (300A,00E0)."""
