"""Item class RTPhysicianIntentPredecessorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RTPhysicianIntentPredecessorSequenceItem",
]


class RTPhysicianIntentPredecessorSequenceItem(DicomModel):
    """An item of RT Physician Intent Predecessor Sequence (3010,0055), as first defined in RT Physician Intent Module Attributes (C.36.5-1)."""

    dicom_name: ClassVar[str] = "RT Physician Intent Predecessor Sequence"
    dicom_table: ClassVar[str] = "table_C.36.5-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReasonForSuperseding: Annotated[
        vr.ST | None, Attribute(0x3010005C, "ST", "1", "2", name="Reason for Superseding")
    ]
    """Reason for Superseding (3010,005C): Type 2, VR ST, VM 1. Reason that the previous RT Physician Intent was superseded by this RT Physician Intent."""
