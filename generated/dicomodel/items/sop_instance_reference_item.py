"""Item class SOPInstanceReferenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SOPInstanceReferenceItem",
]


class SOPInstanceReferenceItem(DicomModel):
    """An item of Referenced Instance Sequence (0008,114A), as first defined in Series and Instance Reference Macro Attributes (10-4)."""

    dicom_name: ClassVar[str] = "Referenced Instance Sequence"
    dicom_table: ClassVar[str] = "table_10-4"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""
