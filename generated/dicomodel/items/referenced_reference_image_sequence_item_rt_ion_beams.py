"""Item class ReferencedReferenceImageSequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedReferenceImageSequenceItemRTIonBeams",
]


class ReferencedReferenceImageSequenceItemRTIonBeams(DicomModel):
    """An item of Referenced Reference Image Sequence (300C,0042), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Referenced Reference Image Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferenceImageNumber: Annotated[
        vr.IS, Attribute(0x300A00C8, "IS", "1", "1", name="Reference Image Number")
    ]
    """Reference Image Number (300A,00C8): Type 1, VR IS, VM 1. Uniquely identifies Reference Image within Referenced Reference Image Sequence (300C,0042)."""
