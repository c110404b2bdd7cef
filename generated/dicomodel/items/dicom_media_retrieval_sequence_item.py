"""Item class DICOMMediaRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DICOMMediaRetrievalSequenceItem",
]


class DICOMMediaRetrievalSequenceItem(DicomModel):
    """An item of DICOM Media Retrieval Sequence (0040,E022), as first defined in Referenced Instances and Access Macro Attributes (10-3b)."""

    dicom_name: ClassVar[str] = "DICOM Media Retrieval Sequence"
    dicom_table: ClassVar[str] = "table_10-3b"

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", "2", name="Storage Media File-Set ID")
    ]
    """Storage Media File-Set ID (0088,0130): Type 2, VR SH, VM 1. The user or implementation specific human readable identifier that identifies the Storage Media on which the referenced Instance(s) reside."""

    StorageMediaFileSetUID: Annotated[
        vr.UI, Attribute(0x00880140, "UI", "1", "1", name="Storage Media File-Set UID")
    ]
    """Storage Media File-Set UID (0088,0140): Type 1, VR UI, VM 1. Uniquely identifies the Storage Media on which the referenced Instance(s) reside."""
