"""Item class ReferencedImageSequenceItem.

Generated from DICOM 2099a; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedImageSequenceItem",
]


class ReferencedImageSequenceItem(DicomModel):
    """An item of ReferencedImageSequence (0008,1140), as first defined in Tiny Image Module Attributes (T-1)."""

    dicom_name: ClassVar[str] = "ReferencedImageSequence"
    dicom_table: ClassVar[str] = "table_T-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="ReferencedSOPClassUID")
    ]
    """ReferencedSOPClassUID (0008,1150): Type 1, VR UI, VM 1."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="ReferencedSOPInstanceUID")
    ]
    """ReferencedSOPInstanceUID (0008,1155): Type 1, VR UI, VM 1."""
