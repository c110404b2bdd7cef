"""Item class UsedFiducialsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "UsedFiducialsSequenceItem",
]


class UsedFiducialsSequenceItem(DicomModel):
    """An item of Used Fiducials Sequence (0070,0314), as first defined in Spatial Registration Module Attributes (C.20.2-1)."""

    dicom_name: ClassVar[str] = "Used Fiducials Sequence"
    dicom_table: ClassVar[str] = "table_C.20.2-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    FiducialUID: Annotated[vr.UI, Attribute(0x0070031A, "UI", "1", "1", name="Fiducial UID")]
    """Fiducial UID (0070,031A): Type 1, VR UI, VM 1. The UID that identifies the fiducial used as registration input."""
