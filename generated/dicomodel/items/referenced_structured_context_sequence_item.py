"""Item class ReferencedStructuredContextSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedStructuredContextSequenceItem",
]


class ReferencedStructuredContextSequenceItem(DicomModel):
    """An item of Referenced Structured Context Sequence (0070,1903), as first defined in Volumetric Graphic Annotation Module Attributes (C.11.28-1)."""

    dicom_name: ClassVar[str] = "Referenced Structured Context Sequence"
    dicom_table: ClassVar[str] = "table_C.11.28-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedContentItem: Annotated[
        vr.UI, Attribute(0x00701904, "UI", "1", "1", name="Referenced Content Item")
    ]
    """Referenced Content Item (0070,1904): Type 1, VR UI, VM 1. Reference to a Content Item in the referenced Structured Report specified as the Observation UID (0040,A171) of the Content Item."""
