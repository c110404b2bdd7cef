"""Real World Value Mapping Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.real_world_value_mapping_sequence_item import RealWorldValueMappingSequenceItem
from dicomodel.model import Attribute, DicomModel


class RealWorldValueMappingMacro(DicomModel):
    """Real World Value Mapping Macro Attributes (PS3.3 Table C.7.6.16-12)."""

    dicom_name: ClassVar[str] = "Real World Value Mapping"
    dicom_table: ClassVar[str] = "table_C.7.6.16-12"

    RealWorldValueMappingSequence: Annotated[
        list[RealWorldValueMappingSequenceItem],
        Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
    ]
    """Real World Value Mapping Sequence (0040,9096): Type 1, VR SQ, VM 1. The mapping of stored values to associated Real World values. One or more Items shall be included in this Sequence."""
