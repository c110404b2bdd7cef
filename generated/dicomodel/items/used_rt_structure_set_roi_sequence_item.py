"""Item class UsedRTStructureSetROISequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "UsedRTStructureSetROISequenceItem",
]


class UsedRTStructureSetROISequenceItem(DicomModel):
    """An item of Used RT Structure Set ROI Sequence Sequence (0070,0315), as first defined in Spatial Registration Module Attributes (C.20.2-1)."""

    dicom_name: ClassVar[str] = "Used RT Structure Set ROI Sequence Sequence"
    dicom_table: ClassVar[str] = "table_C.20.2-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedROINumber: Annotated[
        vr.IS, Attribute(0x30060084, "IS", "1", "1", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 1, VR IS, VM 1. Uniquely identifies the ROI described in the Structure Set ROI Sequence (3006,0020) by reference to ROI Number (3006,0022)."""
