"""Item class ReferencedInstanceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedInstanceSequenceItem",
]


class ReferencedInstanceSequenceItem(DicomModel):
    """An item of Referenced Instance Sequence (0008,114A), as first defined in General Contributing Sources Macro Attributes (10-13)."""

    dicom_name: ClassVar[str] = "Referenced Instance Sequence"
    dicom_table: ClassVar[str] = "table_10-13"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "2", name="Instance Number")
    ]
    """Instance Number (0020,0013): Type 2, VR IS, VM 1. A number that identifies this Instance."""
