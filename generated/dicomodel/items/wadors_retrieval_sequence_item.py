"""Item class WADORSRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "WADORSRetrievalSequenceItem",
]


class WADORSRetrievalSequenceItem(DicomModel):
    """An item of WADO-RS Retrieval Sequence (0040,E025), as first defined in Referenced Instances and Access Macro Attributes (10-3b)."""

    dicom_name: ClassVar[str] = "WADO-RS Retrieval Sequence"
    dicom_table: ClassVar[str] = "table_10-3b"

    RetrieveURL: Annotated[vr.UR, Attribute(0x00081190, "UR", "1", "1", name="Retrieve URL")]
    """Retrieve URL (0008,1190): Type 1, VR UR, VM 1. URL specifying the location of the referenced Instance(s)."""
