"""Blocks Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.block_definition_sequence_item import BlockDefinitionSequenceItem
from dicomodel.model import Attribute, DicomModel


class BlocksDefinitionMacro(DicomModel):
    """Blocks Definition Macro Attributes (PS3.3 Table C.36.2.2.13-1)."""

    dicom_name: ClassVar[str] = "Blocks Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.13-1"

    NumberOfBlocks: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00F0,
            "IS",
            "1",
            "1C",
            name="Number of Blocks",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Blocks (300A,00F0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) is FULL. May be present otherwise. Number of Blocks defined in the Block Definition Sequence (300A,066A). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) is FULL. May be present otherwise."""

    BlockDefinitionSequence: Annotated[
        list[BlockDefinitionSequenceItem] | None,
        Attribute(
            0x300A066A,
            "SQ",
            "1",
            "1C",
            name="Block Definition Sequence",
            when=("and", ("present", 0x300A00F0), ("compare", 0x300A00F0, 1, "!=", 0)),
        ),
    ] = None
    """Block Definition Sequence (300A,066A): Type 1C, VR SQ, VM 1. Required if Number of Blocks (300A,00F0) is present and has a non-zero value. Block definitions. Required if Number of Blocks (300A,00F0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Blocks (300A,00F0)."""
