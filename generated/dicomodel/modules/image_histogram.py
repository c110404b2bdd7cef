"""Image Histogram Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.histogram_sequence_item import HistogramSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "HistogramSequenceItem",
    "ImageHistogramModule",
]


class ImageHistogramModule(DicomModel):
    """Image Histogram Module Attributes (PS3.3 Table C.11.5-1)."""

    dicom_name: ClassVar[str] = "Image Histogram"
    dicom_table: ClassVar[str] = "table_C.11.5-1"

    HistogramSequence: Annotated[
        list[HistogramSequenceItem],
        Attribute(0x00603000, "SQ", "1", "1", name="Histogram Sequence"),
    ]
    """Histogram Sequence (0060,3000): Type 1, VR SQ, VM 1. Defines a Sequence of Histograms. One or more Items shall be included in this Sequence."""
