"""Item class ReferencedRTTreatmentPhaseSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedRTTreatmentPhaseSequenceItem",
]


class ReferencedRTTreatmentPhaseSequenceItem(DicomModel):
    """An item of Referenced RT Treatment Phase Sequence (3010,0049), as first defined in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    dicom_name: ClassVar[str] = "Referenced RT Treatment Phase Sequence"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    ReferencedRTTreatmentPhaseIndex: Annotated[
        vr.US, Attribute(0x30100040, "US", "1", "1", name="Referenced RT Treatment Phase Index")
    ]
    """Referenced RT Treatment Phase Index (3010,0040): Type 1, VR US, VM 1. Value of RT Treatment Phase Index (3010,003A) in the Intended RT Treatment Phase Sequence (3010,004B) where this prescription is related to."""
