"""Pixel Measures Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.pixel_measures_sequence_item import PixelMeasuresSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PixelMeasuresMacro",
    "PixelMeasuresSequenceItem",
]


class PixelMeasuresMacro(DicomModel):
    """Pixel Measures Macro Attributes (PS3.3 Table C.7.6.16-2)."""

    dicom_name: ClassVar[str] = "Pixel Measures"
    dicom_table: ClassVar[str] = "table_C.7.6.16-2"

    PixelMeasuresSequence: Annotated[
        list[PixelMeasuresSequenceItem],
        Attribute(0x00289110, "SQ", "1", "1", name="Pixel Measures Sequence"),
    ]
    """Pixel Measures Sequence (0028,9110): Type 1, VR SQ, VM 1. Identifies the physical characteristics of the pixels of this frame. Only a single Item shall be included in this Sequence."""
