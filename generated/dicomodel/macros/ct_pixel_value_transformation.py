"""CT Pixel Value Transformation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pixel_value_transformation_sequence_item_ct_pixel_value_transformation import (
    PixelValueTransformationSequenceItemCTPixelValueTransformation,
)
from dicomodel.model import Attribute, DicomModel


class CTPixelValueTransformationMacro(DicomModel):
    """CT Pixel Value Transformation Macro Attributes (PS3.3 Table C.8-126)."""

    dicom_name: ClassVar[str] = "CT Pixel Value Transformation"
    dicom_table: ClassVar[str] = "table_C.8-126"

    PixelValueTransformationSequence: Annotated[
        list[PixelValueTransformationSequenceItemCTPixelValueTransformation],
        Attribute(0x00289145, "SQ", "1", "1", name="Pixel Value Transformation Sequence"),
    ]
    """Pixel Value Transformation Sequence (0028,9145): Type 1, VR SQ, VM 1. Contains the Attributes involved in the transformation of stored pixel values. Only a single Item shall be included in this Sequence."""
