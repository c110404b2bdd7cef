"""UV Mapping Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.uv_mapping_sequence_item import UVMappingSequenceItem
from dicomodel.model import Attribute, DicomModel


class UVMappingModule(DicomModel):
    """UV Mapping Module Attributes (PS3.3 Table C.27.6-1)."""

    dicom_name: ClassVar[str] = "UV Mapping"
    dicom_table: ClassVar[str] = "table_C.27.6-1"

    UVMappingSequence: Annotated[
        list[UVMappingSequenceItem],
        Attribute(0x00800008, "SQ", "1", "1", name="UV Mapping Sequence"),
    ]
    """UV Mapping Sequence (0080,0008): Type 1, VR SQ, VM 1. Maps each point of the Surface Points Sequence (0066,0011) in the Point Cloud Module or the Surface Mesh Module to the coordinates of a VL Photographic Image Instance. One or more Items shall be included in this Sequence."""
