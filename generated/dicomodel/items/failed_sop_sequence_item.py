"""Item class FailedSOPSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FailedSOPSequenceItem",
]


class FailedSOPSequenceItem(DicomModel):
    """An item of Failed SOP Sequence (0008,1198), as first defined in Storage Commitment Module Attributes (C.14-1)."""

    dicom_name: ClassVar[str] = "Failed SOP Sequence"
    dicom_table: ClassVar[str] = "table_C.14-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    FailureReason: Annotated[
        vr.US | None,
        Attribute(
            0x00081197,
            "US",
            "1",
            None,
            name="Failure Reason",
            enumerated=((0, ("0110H", "0112H", "0213H", "0122H", "0119H", "0131H")),),
        ),
    ] = None
    """Failure Reason (0008,1197): no Type, VR US, VM 1. The reason that storage commitment could not be provided for this SOP Instance. See Section C.14.1.1."""
