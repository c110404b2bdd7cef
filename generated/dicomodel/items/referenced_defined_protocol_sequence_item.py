"""Item class ReferencedDefinedProtocolSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedDefinedProtocolSequenceItem",
]


class ReferencedDefinedProtocolSequenceItem(DicomModel):
    """An item of Referenced Defined Protocol Sequence (0018,990C), as first defined in General Procedure Protocol Reference Macro Attributes (10.41-1)."""

    dicom_name: ClassVar[str] = "Referenced Defined Protocol Sequence"
    dicom_table: ClassVar[str] = "table_10.41-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    SourceAcquisitionProtocolElementNumber: Annotated[
        list[vr.US] | None,
        Attribute(0x00189938, "US", "1-n", "3", name="Source Acquisition Protocol Element Number"),
    ] = None
    """Source Acquisition Protocol Element Number (0018,9938): Type 3, VR US, VM 1-n. A single value corresponding to the Protocol Element Number (0018,9921) of the Acquisition Protocol Element Specification Sequence (0018,991F) that corresponds to this Instance."""

    SourceReconstructionProtocolElementNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0018993A, "US", "1-n", "3", name="Source Reconstruction Protocol Element Number"
        ),
    ] = None
    """Source Reconstruction Protocol Element Number (0018,993A): Type 3, VR US, VM 1-n. A single value corresponding to the Protocol Element Number (0018,9921) of the Reconstruction Protocol Element Specification Sequence (0018,9933) that corresponds to this Instance."""
