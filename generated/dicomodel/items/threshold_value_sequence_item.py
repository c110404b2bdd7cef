"""Item class ThresholdValueSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ThresholdValueSequenceItem",
]


class ThresholdValueSequenceItem(DicomModel):
    """An item of Threshold Value Sequence (0070,1B12), as first defined in Threshold Sequence Macro Attributes (C.11.33.1-1)."""

    dicom_name: ClassVar[str] = "Threshold Value Sequence"
    dicom_table: ClassVar[str] = "table_C.11.33.1-1"

    ThresholdValue: Annotated[vr.FD, Attribute(0x00701B14, "FD", "1", "1", name="Threshold Value")]
    """Threshold Value (0070,1B14): Type 1, VR FD, VM 1. Value for the threshold. See Section C.11.33.1.2.1. VR of Threshold Value is FD and if this is different than the VR of the pixels then format conversion is needed."""
