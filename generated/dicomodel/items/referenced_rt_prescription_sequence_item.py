"""Item class ReferencedRTPrescriptionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedRTPrescriptionSequenceItem",
]


class ReferencedRTPrescriptionSequenceItem(DicomModel):
    """An item of Referenced RT Prescription Sequence (300A,068A), as first defined in RT Radiation Set Module Attributes (C.36.10-1)."""

    dicom_name: ClassVar[str] = "Referenced RT Prescription Sequence"
    dicom_table: ClassVar[str] = "table_C.36.10-1"

    ReferencedRTPrescriptionIndex: Annotated[
        vr.US, Attribute(0x30100041, "US", "1", "1", name="Referenced RT Prescription Index")
    ]
    """Referenced RT Prescription Index (3010,0041): Type 1, VR US, VM 1. Value of RT Prescription Index (3010,003C) in the RT Prescription Sequence (3010,006B) specifying the prescription to which this RT Radiation Set is related."""
