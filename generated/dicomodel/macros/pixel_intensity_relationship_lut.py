"""Pixel Intensity Relationship LUT Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pixel_intensity_relationship_lut_sequence_item import (
    PixelIntensityRelationshipLUTSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PixelIntensityRelationshipLUTMacro(DicomModel):
    """Pixel Intensity Relationship LUT Macro Attributes (PS3.3 Table C.7.6.16-14)."""

    dicom_name: ClassVar[str] = "Pixel Intensity Relationship LUT"
    dicom_table: ClassVar[str] = "table_C.7.6.16-14"

    PixelIntensityRelationshipLUTSequence: Annotated[
        list[PixelIntensityRelationshipLUTSequenceItem],
        Attribute(0x00289422, "SQ", "1", "1", name="Pixel Intensity Relationship LUT Sequence"),
    ]
    """Pixel Intensity Relationship LUT Sequence (0028,9422): Type 1, VR SQ, VM 1. Defines a Sequence of Pixel Intensity Relationship LUTs. One or more Items shall be included in this Sequence. If Pixel Intensity Relationship (0028,1040) value equals LOG, exactly one Item with LUT Function (0028,9474) value TO_LINEAR LUT..."""
