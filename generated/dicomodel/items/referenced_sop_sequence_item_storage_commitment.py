"""Item class ReferencedSOPSequenceItemStorageCommitment.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedSOPSequenceItemStorageCommitment",
]


class ReferencedSOPSequenceItemStorageCommitment(DicomModel):
    """An item of Referenced SOP Sequence (0008,1199), as first defined in Storage Commitment Module Attributes (C.14-1)."""

    dicom_name: ClassVar[str] = "Referenced SOP Sequence"
    dicom_table: ClassVar[str] = "table_C.14-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", None, name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): no Type, VR AE, VM 1-n. Application Entity Title from which the SOP Instance may be retrieved via a network based retrieve service."""

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", None, name="Storage Media File-Set ID")
    ] = None
    """Storage Media File-Set ID (0088,0130): no Type, VR SH, VM 1. The user or implementation specific human readable identifier that identifies a Storage Media on which this SOP Instance resides."""

    StorageMediaFileSetUID: Annotated[
        vr.UI | None, Attribute(0x00880140, "UI", "1", None, name="Storage Media File-Set UID")
    ] = None
    """Storage Media File-Set UID (0088,0140): no Type, VR UI, VM 1. Uniquely identifies a Storage Media on which this SOP Instance resides."""
