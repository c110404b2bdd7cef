"""Item class ThresholdSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.threshold_value_sequence_item import ThresholdValueSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ThresholdSequenceItem",
    "ThresholdValueSequenceItem",
]


class ThresholdSequenceItem(DicomModel):
    """An item of Threshold Sequence (0070,1B11), as first defined in Threshold Sequence Macro Attributes (C.11.33.1-1)."""

    dicom_name: ClassVar[str] = "Threshold Sequence"
    dicom_table: ClassVar[str] = "table_C.11.33.1-1"

    ThresholdType: Annotated[vr.CS, Attribute(0x00701B13, "CS", "1", "1", name="Threshold Type")]
    """Threshold Type (0070,1B13): Type 1, VR CS, VM 1. Type of threshold comparison used to determine the presence of a pixel value in the output. See Section C.11.33.1.2.1."""

    ThresholdValueSequence: Annotated[
        list[ThresholdValueSequenceItem],
        Attribute(0x00701B12, "SQ", "1", "1", name="Threshold Value Sequence"),
    ]
    """Threshold Value Sequence (0070,1B12): Type 1, VR SQ, VM 1. Values for thresholding. If the Threshold Type (0070,1B13) is GREATER_OR_EQUAL, LESS_OR_EQUAL, GREATER_THAN or LESS_THAN only a single Item shall be included in this Sequence."""
