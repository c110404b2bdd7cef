"""Item class TreatmentPositionGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TreatmentPositionGroupSequenceItem",
]


class TreatmentPositionGroupSequenceItem(DicomModel):
    """An item of Treatment Position Group Sequence (300A,060A), as first defined in RT Patient Position Scope Macro Attributes (C.36.2.3.1-1)."""

    dicom_name: ClassVar[str] = "Treatment Position Group Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.3.1-1"

    ReferencedTreatmentPositionGroupUID: Annotated[
        vr.UI, Attribute(0x300A0785, "UI", "1", "1", name="Referenced Treatment Position Group UID")
    ]
    """Referenced Treatment Position Group UID (300A,0785): Type 1, VR UI, VM 1. Referenced unique identifier of the Treatment Position Group."""
