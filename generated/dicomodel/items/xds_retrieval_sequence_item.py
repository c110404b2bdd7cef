"""Item class XDSRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XDSRetrievalSequenceItem",
]


class XDSRetrievalSequenceItem(DicomModel):
    """An item of XDS Retrieval Sequence (0040,E024), as first defined in Referenced Instances and Access Macro Attributes (10-3b)."""

    dicom_name: ClassVar[str] = "XDS Retrieval Sequence"
    dicom_table: ClassVar[str] = "table_10-3b"

    RepositoryUniqueID: Annotated[
        vr.UI, Attribute(0x0040E030, "UI", "1", "1", name="Repository Unique ID")
    ]
    """Repository Unique ID (0040,E030): Type 1, VR UI, VM 1. Uniquely identifies a Repository from which the referenced Instances can be retrieved."""

    HomeCommunityID: Annotated[
        vr.UI | None, Attribute(0x0040E031, "UI", "1", "3", name="Home Community ID")
    ] = None
    """Home Community ID (0040,E031): Type 3, VR UI, VM 1. Uniquely identifies a Community to which requests for the referenced Instances can be directed."""
