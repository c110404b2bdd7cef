"""Item class WADORetrievalSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "WADORetrievalSequenceItem",
]


class WADORetrievalSequenceItem(DicomModel):
    """An item of WADO Retrieval Sequence (0040,E023), as first defined in Referenced Instances and Access Macro Attributes (10-3b)."""

    dicom_name: ClassVar[str] = "WADO Retrieval Sequence"
    dicom_table: ClassVar[str] = "table_10-3b"

    RetrieveURI: Annotated[vr.UR, Attribute(0x0040E010, "UR", "1", "1", name="Retrieve URI")]
    """Retrieve URI (0040,E010): Type 1, VR UR, VM 1. URI/URL specifying the location of the referenced Instance(s). Includes fully specified scheme, authority, path, and query in accordance with [RFC3986]. The VR of this Data Element has changed from UT to UR."""
