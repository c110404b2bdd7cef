"""Item class HistogramSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "HistogramSequenceItem",
]


class HistogramSequenceItem(DicomModel):
    """An item of Histogram Sequence (0060,3000), as first defined in Image Histogram Module Attributes (C.11.5-1)."""

    dicom_name: ClassVar[str] = "Histogram Sequence"
    dicom_table: ClassVar[str] = "table_C.11.5-1"

    HistogramNumberOfBins: Annotated[
        vr.US, Attribute(0x00603002, "US", "1", "1", name="Histogram Number of Bins")
    ]
    """Histogram Number of Bins (0060,3002): Type 1, VR US, VM 1. The number of \"bins\" (entries) in the histogram."""

    HistogramFirstBinValue: Annotated[
        vr.US | vr.SS, Attribute(0x00603004, "US or SS", "1", "1", name="Histogram First Bin Value")
    ]
    """Histogram First Bin Value (0060,3004): Type 1, VR US or SS, VM 1. The stored pixel value corresponding to the lowest pixel value counted in the first bin. All image pixel values less than this value are not included in the histogram."""

    HistogramLastBinValue: Annotated[
        vr.US | vr.SS, Attribute(0x00603006, "US or SS", "1", "1", name="Histogram Last Bin Value")
    ]
    """Histogram Last Bin Value (0060,3006): Type 1, VR US or SS, VM 1. The stored pixel value corresponding to the highest pixel value counted in the last bin. All image pixel values greater than this value are not included in the histogram."""

    HistogramBinWidth: Annotated[
        vr.US, Attribute(0x00603008, "US", "1", "1", name="Histogram Bin Width")
    ]
    """Histogram Bin Width (0060,3008): Type 1, VR US, VM 1. The number of consecutive stored pixel values included in a bin. All bins shall be of equal width."""

    HistogramExplanation: Annotated[
        vr.LO | None, Attribute(0x00603010, "LO", "1", "3", name="Histogram Explanation")
    ] = None
    """Histogram Explanation (0060,3010): Type 3, VR LO, VM 1. Free form text explanation of the meaning of the LUT."""

    HistogramData: Annotated[
        list[vr.UL], Attribute(0x00603020, "UL", "1-n", "1", name="Histogram Data")
    ]
    """Histogram Data (0060,3020): Type 1, VR UL, VM 1-n. Histogram Data encoded as 32 bit unsigned counts of the number of pixel values in each bin."""
