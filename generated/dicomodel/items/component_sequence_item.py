"""Item class ComponentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ComponentSequenceItem",
]


class ComponentSequenceItem(DicomModel):
    """An item of Component Sequence (0076,0040), as first defined in Implant Assembly Template Module Attributes (C.29.2-1)."""

    dicom_name: ClassVar[str] = "Component Sequence"
    dicom_table: ClassVar[str] = "table_C.29.2-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ComponentID: Annotated[vr.US, Attribute(0x00760055, "US", "1", "1", name="Component ID")]
    """Component ID (0076,0055): Type 1, VR US, VM 1. Numeric ID of the Implant Template. Uniquely identifies the Implant Template within the SOP Instance. The value shall start at 1, and increase monotonically by 1 for each Item."""
