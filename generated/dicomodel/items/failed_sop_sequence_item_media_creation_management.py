"""Item class FailedSOPSequenceItemMediaCreationManagement.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FailedSOPSequenceItemMediaCreationManagement",
]


class FailedSOPSequenceItemMediaCreationManagement(DicomModel):
    """An item of Failed SOP Sequence (0008,1198), as first defined in Media Creation Management Module Attributes (C.22.1-1)."""

    dicom_name: ClassVar[str] = "Failed SOP Sequence"
    dicom_table: ClassVar[str] = "table_C.22.1-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    RequestedMediaApplicationProfile: Annotated[
        vr.LO | None,
        Attribute(0x2200000C, "LO", "1", None, name="Requested Media Application Profile"),
    ] = None
    """Requested Media Application Profile (2200,000C): no Type, VR LO, VM 1. The Media Application Profile used for this SOP Instance. This is the label of the profile as defined in PS3.11, e.g., \"STD-XABC-CD\"."""

    FailureReason: Annotated[
        vr.US | None, Attribute(0x00081197, "US", "1", None, name="Failure Reason")
    ] = None
    """Failure Reason (0008,1197): no Type, VR US, VM 1. The reason that media creation failed for this SOP Instance. See Section C.22.1.4."""

    FailureAttributes: Annotated[
        list[vr.AT] | None, Attribute(0x2200000E, "AT", "1-n", None, name="Failure Attributes")
    ] = None
    """Failure Attributes (2200,000E): no Type, VR AT, VM 1-n. Attributes associated with Failure Reason (0008,1197). See Section C.22.1.4."""
