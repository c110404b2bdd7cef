"""Item class ReferencedVerificationImageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedVerificationImageSequenceItem",
]


class ReferencedVerificationImageSequenceItem(DicomModel):
    """An item of Referenced Verification Image Sequence (300C,0040), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Referenced Verification Image Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    StartMeterset: Annotated[
        vr.DS | None, Attribute(0x30080078, "DS", "1", "3", name="Start Meterset")
    ] = None
    """Start Meterset (3008,0078): Type 3, VR DS, VM 1. Cumulative Meterset Weight within Beam referenced by Referenced Beam Number at which image acquisition starts."""

    EndMeterset: Annotated[
        vr.DS | None, Attribute(0x3008007A, "DS", "1", "3", name="End Meterset")
    ] = None
    """End Meterset (3008,007A): Type 3, VR DS, VM 1. Cumulative Meterset Weight within Beam referenced by Referenced Beam Number at which image acquisition ends."""
