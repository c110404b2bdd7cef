"""Boluses Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.bolus_definition_sequence_item import BolusDefinitionSequenceItem
from dicomodel.model import Attribute, DicomModel


class BolusesDefinitionMacro(DicomModel):
    """Boluses Definition Macro Attributes (PS3.3 Table C.36.2.2.16-1)."""

    dicom_name: ClassVar[str] = "Boluses Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.16-1"

    NumberOfBoluses: Annotated[
        vr.US | None,
        Attribute(
            0x300A0674,
            "US",
            "1",
            "1C",
            name="Number of Boluses",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Boluses (300A,0674): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of boluses defined in the Bolus Definition Sequence (300A,0673). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    BolusDefinitionSequence: Annotated[
        list[BolusDefinitionSequenceItem] | None,
        Attribute(
            0x300A0673,
            "SQ",
            "1",
            "1C",
            name="Bolus Definition Sequence",
            when=("and", ("present", 0x300A0674), ("compare", 0x300A0674, 1, "!=", 0)),
        ),
    ] = None
    """Bolus Definition Sequence (300A,0673): Type 1C, VR SQ, VM 1. Required if Number of Boluses (300A,0674) is present and has a non-zero value. Bolus device definitions. Required if Number of Boluses (300A,0674) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Boluses (300A,0674)."""
