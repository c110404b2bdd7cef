"""Item class ReferencedStorageMediaSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedStorageMediaSequenceItem",
]


class ReferencedStorageMediaSequenceItem(DicomModel):
    """An item of Referenced Storage Media Sequence (2200,000D), as first defined in Media Creation Management Module Attributes (C.22.1-1)."""

    dicom_name: ClassVar[str] = "Referenced Storage Media Sequence"
    dicom_table: ClassVar[str] = "table_C.22.1-1"

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", None, name="Storage Media File-Set ID")
    ] = None
    """Storage Media File-Set ID (0088,0130): no Type, VR SH, VM 1. User or implementation specific human readable identification of the Storage Media that has been created."""

    StorageMediaFileSetUID: Annotated[
        vr.UI | None, Attribute(0x00880140, "UI", "1", None, name="Storage Media File-Set UID")
    ] = None
    """Storage Media File-Set UID (0088,0140): no Type, VR UI, VM 1. Uniquely identifies the Storage Media that has been created."""
